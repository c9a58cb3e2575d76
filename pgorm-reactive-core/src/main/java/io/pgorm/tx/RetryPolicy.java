package io.pgorm.tx;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * When a failed transaction is run again: for the SQLSTATEs that mean "try again" (40001
 * serialization failure, 40P01 deadlock by default), up to {@code maxRetries} more times, waiting
 * an exponential, jittered back-off between {@code minBackoff} and {@code maxBackoff}. A body that
 * has already emitted a value is never run again: the subscriber could not tell the runs apart.
 *
 * @param maxRetries runs after the first; 0 never retries
 * @param minBackoff the first wait
 * @param maxBackoff the longest wait
 * @param sqlStates the SQLSTATEs that are retried
 */
public record RetryPolicy(
    int maxRetries, Duration minBackoff, Duration maxBackoff, Set<String> sqlStates) {

  /** 40001 serialization_failure and 40P01 deadlock_detected. */
  public static final Set<String> TRANSIENT = Set.of("40001", "40P01");

  private static final RetryPolicy NONE =
      new RetryPolicy(0, Duration.ZERO, Duration.ZERO, Set.of());

  public RetryPolicy {
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be 0 or more, got " + maxRetries);
    }
    Objects.requireNonNull(minBackoff, "minBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    if (minBackoff.isNegative() || maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= minBackoff <= maxBackoff, got "
              + minBackoff
              + " and "
              + maxBackoff);
    }
    sqlStates = Set.copyOf(sqlStates);
  }

  /** Never retry: the default. */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Retries serialization failures and deadlocks up to {@code maxRetries} times, backing off from
   * 10 ms up to 1 s.
   */
  public static RetryPolicy transientFailures(int maxRetries) {
    return new RetryPolicy(maxRetries, Duration.ofMillis(10), Duration.ofSeconds(1), TRANSIENT);
  }

  /** This policy with other back-off bounds. */
  public RetryPolicy withBackoff(Duration min, Duration max) {
    return new RetryPolicy(maxRetries, min, max, sqlStates);
  }
}
