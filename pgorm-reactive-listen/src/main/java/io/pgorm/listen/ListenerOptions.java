package io.pgorm.listen;

import java.time.Duration;
import java.util.Objects;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * How a {@link PgListener} behaves. Immutable; start from {@link #defaults()}.
 *
 * @param minBackoff first wait before reconnecting (default 100 ms)
 * @param maxBackoff longest wait between reconnect attempts (default 10 s)
 * @param reconnectDeadline how long reconnecting may fail before subscribers get an error (default
 *     5 minutes)
 * @param healthCheckInterval how often the connection proves it is alive by notifying itself
 *     (default 30 s; TCP keep-alive would take hours to notice a half-open connection)
 * @param healthCheckTimeout how long the echo of a health check may take (default 5 s)
 * @param bufferSize notifications kept per slow subscriber; beyond it the oldest are dropped
 *     (default 10,000)
 * @param timer where back-off and health-check timers run (default {@code Schedulers.parallel()}; a
 *     virtual-time scheduler in tests)
 */
public record ListenerOptions(
    Duration minBackoff,
    Duration maxBackoff,
    Duration reconnectDeadline,
    Duration healthCheckInterval,
    Duration healthCheckTimeout,
    int bufferSize,
    Scheduler timer) {

  public ListenerOptions {
    Objects.requireNonNull(timer, "timer");
    positive(minBackoff, "minBackoff");
    positive(maxBackoff, "maxBackoff");
    positive(reconnectDeadline, "reconnectDeadline");
    positive(healthCheckInterval, "healthCheckInterval");
    positive(healthCheckTimeout, "healthCheckTimeout");
    if (maxBackoff.compareTo(minBackoff) < 0) {
      throw new IllegalArgumentException(
          "maxBackoff (" + maxBackoff + ") must not be below minBackoff (" + minBackoff + ")");
    }
    if (bufferSize < 1) {
      throw new IllegalArgumentException("bufferSize must be at least 1, was " + bufferSize);
    }
  }

  private static void positive(Duration d, String name) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be a positive duration, was " + d);
    }
  }

  public static ListenerOptions defaults() {
    return new ListenerOptions(
        Duration.ofMillis(100),
        Duration.ofSeconds(10),
        Duration.ofMinutes(5),
        Duration.ofSeconds(30),
        Duration.ofSeconds(5),
        10_000,
        Schedulers.parallel());
  }

  public ListenerOptions withBackoff(Duration min, Duration max) {
    return new ListenerOptions(
        min, max, reconnectDeadline, healthCheckInterval, healthCheckTimeout, bufferSize, timer);
  }

  public ListenerOptions withReconnectDeadline(Duration value) {
    return new ListenerOptions(
        minBackoff, maxBackoff, value, healthCheckInterval, healthCheckTimeout, bufferSize, timer);
  }

  public ListenerOptions withHealthCheck(Duration interval, Duration timeout) {
    return new ListenerOptions(
        minBackoff, maxBackoff, reconnectDeadline, interval, timeout, bufferSize, timer);
  }

  public ListenerOptions withBufferSize(int value) {
    return new ListenerOptions(
        minBackoff,
        maxBackoff,
        reconnectDeadline,
        healthCheckInterval,
        healthCheckTimeout,
        value,
        timer);
  }

  public ListenerOptions withTimer(Scheduler value) {
    return new ListenerOptions(
        minBackoff,
        maxBackoff,
        reconnectDeadline,
        healthCheckInterval,
        healthCheckTimeout,
        bufferSize,
        value);
  }
}
