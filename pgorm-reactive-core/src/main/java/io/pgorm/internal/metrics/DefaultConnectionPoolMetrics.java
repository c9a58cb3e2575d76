package io.pgorm.internal.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.pgorm.metrics.PgOrmMeters;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import java.util.concurrent.TimeUnit;
import reactor.core.publisher.Mono;

/** Pool meters in a registry. */
final class DefaultConnectionPoolMetrics implements ConnectionPoolMetrics {

  private final RegisteredMeters meters;
  private final String clientName;
  private final Clock clock;
  private final Timer acquire;
  private final Counter timeouts;
  private boolean bound;

  DefaultConnectionPoolMetrics(RegisteredMeters meters, String clientName) {
    this.meters = meters;
    this.clientName = clientName;
    this.clock = meters.registry().config().clock();
    this.acquire =
        meters.timer(
            PgOrmMeters.POOL_ACQUIRE,
            "Time to acquire a connection from the pool (successful acquisitions)",
            Tags.empty());
    this.timeouts =
        meters.counter(
            PgOrmMeters.POOL_ACQUIRE_TIMEOUTS,
            "Connection acquisitions that timed out",
            Tags.empty());
  }

  @Override
  public synchronized void bind(ConnectionPool pool) {
    if (bound) {
      throw new IllegalStateException(
          "Pool meters of client '" + clientName + "' are already bound to a pool; bind once");
    }
    if (!meters
        .registry()
        .find(PgOrmMeters.POOL_ACTIVE)
        .tags(meters.commonTags())
        .gauges()
        .isEmpty()) {
      throw new IllegalStateException(
          "Cannot register pool meters of client '"
              + clientName
              + "': the MeterRegistry already has a "
              + PgOrmMeters.POOL_ACTIVE
              + " gauge tagged "
              + meters.commonTags()
              + "; give each client a unique name, or close the other client first");
    }
    bound = true;
    // r2dbc-pool 1.0.2 always exposes metrics (reactor-pool's pool is its own PoolMetrics); the
    // check guards against a future pool without them rather than a configuration option.
    PoolMetrics metrics = pool.getMetrics().orElse(null);
    if (metrics == null) {
      return;
    }
    meters.gauge(
        PgOrmMeters.POOL_ACTIVE,
        "Connections acquired and in use",
        "connections",
        metrics,
        PoolMetrics::acquiredSize);
    meters.gauge(
        PgOrmMeters.POOL_IDLE,
        "Connections open and not acquired",
        "connections",
        metrics,
        PoolMetrics::idleSize);
    meters.gauge(
        PgOrmMeters.POOL_PENDING,
        "Acquire requests waiting for a connection",
        "requests",
        metrics,
        PoolMetrics::pendingAcquireSize);
    meters.gauge(
        PgOrmMeters.POOL_MAX,
        "Maximum connections the pool opens",
        "connections",
        metrics,
        PoolMetrics::getMaxAllocatedSize);
    meters.gauge(
        PgOrmMeters.POOL_ALLOCATED,
        "Connections open, acquired or idle",
        "connections",
        metrics,
        PoolMetrics::allocatedSize);
  }

  @Override
  public <T> Mono<T> timeAcquire(Mono<T> source) {
    return Mono.defer(
        () -> {
          long start = clock.monotonicTime();
          return source
              .doOnSuccess(
                  value -> {
                    if (value != null) {
                      acquire.record(clock.monotonicTime() - start, TimeUnit.NANOSECONDS);
                    }
                  })
              .doOnError(
                  error -> {
                    if (Causes.isTimeout(error)) {
                      timeouts.increment();
                    }
                  });
        });
  }
}
