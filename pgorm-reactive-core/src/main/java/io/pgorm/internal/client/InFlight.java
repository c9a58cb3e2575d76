package io.pgorm.internal.client;

import io.pgorm.error.ClientClosedException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Counts the units of work under way and refuses new ones once shutdown began, so that {@code
 * shutdown(Duration)} can wait for the work it let in and nothing else.
 */
public final class InFlight {

  private final String clientName;
  private final AtomicInteger running = new AtomicInteger();
  private final Sinks.Empty<Void> drained = Sinks.empty();
  private volatile boolean closing;

  public InFlight(String clientName) {
    this.clientName = clientName;
  }

  /**
   * Admits one unit of work.
   *
   * @throws ClientClosedException once shutdown began
   */
  public void enter() {
    running.incrementAndGet();
    if (closing) {
      exit();
      throw new ClientClosedException(clientName, "shutting down");
    }
  }

  /** Marks one admitted unit of work done. */
  public void exit() {
    if (running.decrementAndGet() == 0 && closing) {
      drained.tryEmitEmpty();
    }
  }

  public int running() {
    return running.get();
  }

  public boolean isClosing() {
    return closing;
  }

  /**
   * Refuses new work from now on and completes when the admitted work is done or {@code deadline}
   * passed, whichever comes first; emits {@code true} when everything finished in time.
   */
  public Mono<Boolean> close(Duration deadline) {
    return Mono.defer(
        () -> {
          closing = true;
          if (running.get() == 0) {
            drained.tryEmitEmpty();
          }
          return drained.asMono().thenReturn(true).timeout(deadline, Mono.just(false));
        });
  }
}
