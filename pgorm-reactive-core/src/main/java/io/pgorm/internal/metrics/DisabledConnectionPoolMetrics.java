package io.pgorm.internal.metrics;

import io.r2dbc.pool.ConnectionPool;
import reactor.core.publisher.Mono;

/** Pool metrics when the client has no meter registry: binds nothing, wraps nothing. */
enum DisabledConnectionPoolMetrics implements ConnectionPoolMetrics {
  INSTANCE;

  @Override
  public void bind(ConnectionPool pool) {}

  @Override
  public <T> Mono<T> timeAcquire(Mono<T> acquire) {
    return acquire;
  }
}
