package io.pgorm.internal.client;

import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Runs clean-up to its end even when the subscriber cancels. COMMIT, ROLLBACK and the release of a
 * connection must not be cut short: a cancelled ROLLBACK would hand a connection that is still
 * inside a transaction back to the pool.
 */
public final class Uncancellable {

  private Uncancellable() {}

  /**
   * A Mono that subscribes to {@code cleanup} once and lets it finish whatever happens downstream.
   */
  public static Mono<Void> of(Publisher<Void> cleanup) {
    return Mono.create(
        sink ->
            Mono.from(cleanup)
                .subscribe(null, sink::error, sink::success, Context.of(sink.contextView())));
  }
}
