package io.pgorm.listen;

import java.time.Duration;

/**
 * How a {@link ChangeFeed} reads.
 *
 * @param batchSize changes read per query (default 500): the most a slow subscriber holds
 * @param pollInterval the fallback poll, which bounds latency when wake-ups are lost (default 5 s)
 */
public record ChangeFeedOptions(int batchSize, Duration pollInterval) {

  public ChangeFeedOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    if (pollInterval.isZero() || pollInterval.isNegative()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
  }

  public static ChangeFeedOptions defaults() {
    return new ChangeFeedOptions(500, Duration.ofSeconds(5));
  }

  public ChangeFeedOptions withBatchSize(int value) {
    return new ChangeFeedOptions(value, pollInterval);
  }

  public ChangeFeedOptions withPollInterval(Duration value) {
    return new ChangeFeedOptions(batchSize, value);
  }
}
