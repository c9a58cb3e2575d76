package io.pgorm.tx;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a transaction begins and whether it is retried. Immutable; start from {@link #defaults()}.
 *
 * @param isolation the isolation level, or {@code null} for the server's default
 * @param readOnly {@code BEGIN READ ONLY}
 * @param deferrable {@code DEFERRABLE}: with SERIALIZABLE and READ ONLY, waits for a snapshot that
 *     cannot fail with a serialization error
 * @param retry what happens when the transaction fails with a transient error
 */
public record TxOptions(
    @Nullable Isolation isolation, boolean readOnly, boolean deferrable, RetryPolicy retry) {

  private static final TxOptions DEFAULTS = new TxOptions(null, false, false, RetryPolicy.none());

  public TxOptions {
    Objects.requireNonNull(retry, "retry");
  }

  /** The server's default isolation, read-write, not deferrable, no retry. */
  public static TxOptions defaults() {
    return DEFAULTS;
  }

  /** SERIALIZABLE, retrying serialization failures and deadlocks up to 5 times. */
  public static TxOptions serializable() {
    return new TxOptions(Isolation.SERIALIZABLE, false, false, RetryPolicy.transientFailures(5));
  }

  public TxOptions withIsolation(@Nullable Isolation level) {
    return new TxOptions(level, readOnly, deferrable, retry);
  }

  public TxOptions withReadOnly(boolean value) {
    return new TxOptions(isolation, value, deferrable, retry);
  }

  public TxOptions withDeferrable(boolean value) {
    return new TxOptions(isolation, readOnly, value, retry);
  }

  public TxOptions withRetry(RetryPolicy policy) {
    return new TxOptions(isolation, readOnly, deferrable, policy);
  }
}
