package io.pgorm.internal.metrics;

import io.r2dbc.pool.ConnectionPool;
import reactor.core.publisher.Mono;

/**
 * The pool's meters: gauges read from the pool, the acquire timer and the acquire-timeout counter.
 */
public interface ConnectionPoolMetrics {

  /**
   * Registers the gauges {@code pgorm.pool.active}, {@code idle}, {@code pending}, {@code max} and
   * {@code allocated} reading {@code pool}. Call once, right after building the pool. The gauges
   * hold the pool weakly, so they never keep an abandoned pool alive.
   *
   * @throws IllegalStateException if this client already bound a pool, or another client with the
   *     same name and tags registered pool gauges in the same registry
   */
  void bind(ConnectionPool pool);

  /**
   * Wraps an acquisition, typically {@code pool.create()}, so that it is timed into {@code
   * pgorm.pool.acquire} and its timeouts counted in {@code pgorm.pool.acquire.timeouts}.
   *
   * <p>Cold: the clock starts when the result is subscribed, and each subscription is timed on its
   * own. It emits what {@code acquire} emits. A value records its wait in the timer; an error that
   * is, or is caused by, a {@link java.util.concurrent.TimeoutException} or {@link
   * io.r2dbc.spi.R2dbcTimeoutException} increments the timeout counter and is passed on unchanged;
   * other errors, empty completion and cancellation record nothing. When metrics are disabled this
   * returns {@code acquire} itself.
   */
  <T> Mono<T> timeAcquire(Mono<T> acquire);
}
