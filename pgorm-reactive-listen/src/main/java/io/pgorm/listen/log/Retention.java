package io.pgorm.listen.log;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * What pruning the change log removes. A change goes when every durable consumer has read it
 * ({@code consumed}), or when it is older than {@code maxAge} — whichever removes more. Pruning
 * works on whole transactions: it removes every change of the transactions below a transaction-id
 * horizon, the same unit the readers' watermarks use, so a reader is either entirely past a
 * transaction or gets the reset signal ({@link ChangesPrunedException}), never part of one.
 *
 * @param consumed prune what every durable consumer has read (default on); with no durable consumer
 *     nothing counts as read
 * @param maxAge prune changes of transactions older than this, read or not (default {@code null}:
 *     no age limit); a consumer left behind gets the reset signal
 */
public record Retention(boolean consumed, @Nullable Duration maxAge) {

  public Retention {
    if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
      throw new IllegalArgumentException("retention maxAge must be positive, was " + maxAge);
    }
    if (!consumed && maxAge == null) {
      throw new IllegalArgumentException(
          "retention removes nothing: enable consumed or set a maxAge");
    }
  }

  /** Prune what every durable consumer has read; no age limit. */
  public static Retention consumedOnly() {
    return new Retention(true, null);
  }

  /** Also prune changes older than {@code value}, read or not. */
  public Retention withMaxAge(Duration value) {
    return new Retention(consumed, value);
  }

  /** Only by age: keep changes for {@code value} whatever the consumers have read. */
  public static Retention byAge(Duration value) {
    return new Retention(false, value);
  }
}
