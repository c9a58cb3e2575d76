package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.listen.internal.ListenMetrics;
import io.pgorm.listen.internal.RowDecoder;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.types.TypeRegistry;
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
 * table, run by one durable consumer. A hook registered with a table's metamodel ({@link
 * TableMeta}) receives typed {@link ChangeEvent}s, decoded as {@link ChangeFeed#changes(TableMeta,
 * io.pgorm.listen.log.ChangePosition)} decodes them; one registered with a {@link QualifiedName}
 * receives the undecoded {@link ChangeRecord}. Each change runs its hooks (up to {@code
 * concurrency} at once) and is marked done when all of them finished. A failing hook — its handler
 * failed, or the logged row did not decode into its record — is retried with back-off ({@code
 * retries} times), then logged at ERROR, counted and given up for that change: it never ends the
 * stream or holds other hooks back. Delivery is at least once, like any durable consumer.
 */
public final class ChangeHooks {

  private static final Logger log = Loggers.getLogger(ChangeHooks.class);

  /** A handler adapted to the undecoded record: typed hooks decode inside it, once per try. */
  private record Hook(
      QualifiedName table,
      ChangeOperation operation,
      Function<ChangeRecord, ? extends Mono<Void>> handler) {}

  private final ChangeFeed feed;
  private final HookOptions options;
  private final TypeRegistry registry;
  private final List<Hook> hooks = new CopyOnWriteArrayList<>();
  private final AtomicLong failures = new AtomicLong();
  private final ListenMetrics metrics;

  private ChangeHooks(PgOrm client, ChangeFeed feed, HookOptions options) {
    this.feed = feed;
    this.options = options;
    this.registry = client.config().typeRegistry();
    this.metrics = new ListenMetrics(client);
  }

  /**
   * Hooks run by {@code feed}; typed hooks decode through {@code client}'s type registry, failures
   * are counted in its meter registry.
   */
  public static ChangeHooks create(PgOrm client, ChangeFeed feed, HookOptions options) {
    return new ChangeHooks(client, feed, options);
  }

  /**
   * Runs {@code handler} for each row inserted into {@code table}, with the row decoded ({@link
   * ChangeEvent#newRow()}).
   *
   * @throws IllegalArgumentException when {@code table}'s record does not have one component per
   *     column
   * @throws io.pgorm.types.TypeMappingException naming the type when a column's SQL type is unknown
   *     to the type registry
   */
  public <T> ChangeHooks onInsert(
      TableMeta<T> table, Function<? super ChangeEvent<T>, ? extends Mono<Void>> handler) {
    return add(table, ChangeOperation.INSERT, handler);
  }

  /**
   * Runs {@code handler} for each update of a row of {@code table}, with the row before and after
   * decoded. Throws as {@link #onInsert(TableMeta, Function)}.
   */
  public <T> ChangeHooks onUpdate(
      TableMeta<T> table, Function<? super ChangeEvent<T>, ? extends Mono<Void>> handler) {
    return add(table, ChangeOperation.UPDATE, handler);
  }

  /**
   * Runs {@code handler} for each row deleted from {@code table}, with the deleted row decoded
   * ({@link ChangeEvent#oldRow()}). Throws as {@link #onInsert(TableMeta, Function)}.
   */
  public <T> ChangeHooks onDelete(
      TableMeta<T> table, Function<? super ChangeEvent<T>, ? extends Mono<Void>> handler) {
    return add(table, ChangeOperation.DELETE, handler);
  }

  /** Runs {@code handler} for each row inserted into {@code table}, undecoded. */
  public ChangeHooks onInsert(
      QualifiedName table, Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    hooks.add(new Hook(table, ChangeOperation.INSERT, handler::apply));
    return this;
  }

  /** Runs {@code handler} for each update of a row of {@code table}, undecoded. */
  public ChangeHooks onUpdate(
      QualifiedName table, Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    hooks.add(new Hook(table, ChangeOperation.UPDATE, handler::apply));
    return this;
  }

  /** Runs {@code handler} for each row deleted from {@code table}, undecoded. */
  public ChangeHooks onDelete(
      QualifiedName table, Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    hooks.add(new Hook(table, ChangeOperation.DELETE, handler::apply));
    return this;
  }

  private <T> ChangeHooks add(
      TableMeta<T> table,
      ChangeOperation operation,
      Function<? super ChangeEvent<T>, ? extends Mono<Void>> handler) {
    // Built here, so that a record or type the registry cannot decode fails at registration.
    RowDecoder<T> decoder = new RowDecoder<>(table, registry);
    hooks.add(
        new Hook(
            ChangeFeed.qualified(table),
            operation,
            change -> handler.apply(decoder.event(change))));
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
