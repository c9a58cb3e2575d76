package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.listen.internal.ListenMetrics;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.QualifiedName;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;
import reactor.util.retry.Retry;

/**
 * Client-side hooks on change streams: {@code onInsert}, {@code onUpdate}, {@code onDelete} per
 * table, run by one durable consumer. Each change runs its hooks (up to {@code concurrency} at
 * once) and is marked done when all of them finished. A failing hook is retried with back-off
 * ({@code retries} times), then logged at ERROR, counted and given up for that change: it never
 * ends the stream or holds other hooks back. Delivery is at least once, like any durable consumer.
 */
public final class ChangeHooks {

  private static final Logger log = Loggers.getLogger(ChangeHooks.class);

  private record Hook(
      QualifiedName table,
      ChangeOperation operation,
      Function<? super ChangeRecord, ? extends Mono<Void>> handler) {}

  private final ChangeFeed feed;
  private final HookOptions options;
  private final List<Hook> hooks = new CopyOnWriteArrayList<>();
  private final AtomicLong failures = new AtomicLong();
  private final ListenMetrics metrics;

  private ChangeHooks(ChangeFeed feed, HookOptions options, ListenMetrics metrics) {
    this.feed = feed;
    this.options = options;
    this.metrics = metrics;
  }

  /** Hooks run by {@code feed}; failures are counted in {@code client}'s meter registry. */
  public static ChangeHooks create(PgOrm client, ChangeFeed feed, HookOptions options) {
    return new ChangeHooks(feed, options, new ListenMetrics(client));
  }

  public ChangeHooks onInsert(
      QualifiedName table, Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    hooks.add(new Hook(table, ChangeOperation.INSERT, handler));
    return this;
  }

  public ChangeHooks onUpdate(
      QualifiedName table, Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    hooks.add(new Hook(table, ChangeOperation.UPDATE, handler));
    return this;
  }

  public ChangeHooks onDelete(
      QualifiedName table, Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    hooks.add(new Hook(table, ChangeOperation.DELETE, handler));
    return this;
  }

  /** Hook runs given up after their retries, since this object was created. */
  public long failures() {
    return failures.get();
  }

  /**
   * Starts the durable consumer {@code consumer}; hooks registered later apply from then on.
   * Dispose the result to stop. Errors of the feed itself (the listener gave up) are logged.
   */
  public Disposable start(String consumer) {
    return feed.consume(consumer, null, this::run)
        .subscribe(
            null, e -> log.error("change hooks of consumer '" + consumer + "' stopped: " + e, e));
  }

  private Mono<Void> run(ChangeRecord change) {
    return Flux.fromIterable(hooks)
        .filter(h -> h.operation() == change.operation() && h.table().equals(change.table()))
        .flatMap(h -> isolated(h, change), options.concurrency())
        .then();
  }

  private Mono<Void> isolated(Hook hook, ChangeRecord change) {
    return Mono.defer(() -> hook.handler().apply(change))
        .retryWhen(
            Retry.backoff(options.retries(), options.minBackoff())
                .maxBackoff(options.maxBackoff())
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
        .onErrorResume(
            e -> {
              failures.incrementAndGet();
              metrics.hookFailed(hook.table().toString(), hook.operation().name());
              log.error(
                  "hook "
                      + hook.operation()
                      + " on "
                      + hook.table()
                      + " failed for change "
                      + change.id()
                      + " after "
                      + (options.retries() + 1)
                      + " tries; skipped: "
                      + e,
                  e);
              return Mono.empty();
            });
  }
}
