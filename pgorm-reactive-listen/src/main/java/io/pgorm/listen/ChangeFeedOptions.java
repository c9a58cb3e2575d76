package io.pgorm.listen;

import java.time.Duration;

/**
 * How a {@link ChangeFeed} reads.
 *
 * @param batchSize changes read per query (default 500): the most a slow subscriber holds
 * @param pollInterval the fallback poll, which bounds latency when wake-ups are lost (default 5 s);
 *     with {@link WakeUpMode#POLL} the only way changes are found
 * @param wakeUp how the feed learns of new changes (default {@link WakeUpMode#TRIGGER})
 * @param lagInterval how often a durable consumer measures its lag for the lag gauges (default 5 s;
 *     one small query each time, only when the client has a meter registry)
 */
public record ChangeFeedOptions(
    int batchSize, Duration pollInterval, WakeUpMode wakeUp, Duration lagInterval) {

  public ChangeFeedOptions {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batchSize must be at least 1, was " + batchSize);
    }
    if (pollInterval.isZero() || pollInterval.isNegative()) {
      throw new IllegalArgumentException("pollInterval must be positive, was " + pollInterval);
    }
    if (lagInterval.isZero() || lagInterval.isNegative()) {
      throw new IllegalArgumentException("lagInterval must be positive, was " + lagInterval);
    }
  }

  public static ChangeFeedOptions defaults() {
    return new ChangeFeedOptions(
        500, Duration.ofSeconds(5), WakeUpMode.TRIGGER, Duration.ofSeconds(5));
  }

  public ChangeFeedOptions withBatchSize(int value) {
    return new ChangeFeedOptions(value, pollInterval, wakeUp, lagInterval);
  }

  public ChangeFeedOptions withPollInterval(Duration value) {
    return new ChangeFeedOptions(batchSize, value, wakeUp, lagInterval);
  }

  public ChangeFeedOptions withWakeUp(WakeUpMode value) {
    return new ChangeFeedOptions(batchSize, pollInterval, value, lagInterval);
  }

  public ChangeFeedOptions withLagInterval(Duration value) {
    return new ChangeFeedOptions(batchSize, pollInterval, wakeUp, value);
  }
}
