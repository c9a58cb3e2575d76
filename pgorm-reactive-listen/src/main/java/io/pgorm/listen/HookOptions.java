package io.pgorm.listen;

import java.time.Duration;

/**
 * How {@link ChangeHooks} run their handlers.
 *
 * @param concurrency hooks of one change that run at once (default 4); changes are handled one
 *     after another, in stream order
 * @param retries further tries of a failing hook (default 3) before it is given up for that change
 * @param minBackoff first wait before a retry (default 100 ms), doubling up to {@code maxBackoff}
 * @param maxBackoff longest wait between retries (default 5 s)
 */
public record HookOptions(int concurrency, int retries, Duration minBackoff, Duration maxBackoff) {

  public HookOptions {
    if (concurrency < 1) {
      throw new IllegalArgumentException("concurrency must be at least 1, was " + concurrency);
    }
    if (retries < 0) {
      throw new IllegalArgumentException("retries must be 0 or more, was " + retries);
    }
    if (minBackoff.isNegative() || maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException(
          "backoff must satisfy 0 <= minBackoff <= maxBackoff, got "
              + minBackoff
              + " and "
              + maxBackoff);
    }
  }

  public static HookOptions defaults() {
    return new HookOptions(4, 3, Duration.ofMillis(100), Duration.ofSeconds(5));
  }

  public HookOptions withConcurrency(int value) {
    return new HookOptions(value, retries, minBackoff, maxBackoff);
  }

  public HookOptions withRetries(int value, Duration min, Duration max) {
    return new HookOptions(concurrency, value, min, max);
  }
}
