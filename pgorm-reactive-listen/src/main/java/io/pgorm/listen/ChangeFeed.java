package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.error.ConnectionException;
import io.pgorm.listen.internal.LagProbe;
import io.pgorm.listen.internal.ListenMetrics;
import io.pgorm.listen.internal.RowDecoder;
import io.pgorm.listen.log.ChangeLogPruner;
import io.pgorm.listen.log.ChangeLogReader;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.listen.log.ChangesPrunedException;
import io.pgorm.listen.log.PruneResult;
import io.pgorm.listen.log.Retention;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.schema.changes.ChangeLogObjects;
import io.pgorm.schema.ir.QualifiedName;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Change streams read from the change log, which triggers fill in the writers' transactions. The
 * log is the source of truth; LISTEN/NOTIFY only wakes the reader (see {@link WakeUpMode}), and a
 * slow poll covers lost wake-ups. Reads are driven by demand: a slow subscriber makes the reader
 * wait — for a durable consumer slowness is lag, never loss.
 */
public final class ChangeFeed {

  /**
   * The setting the capture trigger reads: a writer session (or transaction) with {@code
   * pgorm.notify = off} logs its changes without notifying — for {@link WakeUpMode#CLIENT}, where
   * the writer calls {@link #wake} after its commit. Set it per client with {@code
   * PgOrmConfig.Builder#serverParameter(ChangeFeed.NOTIFY_SETTING, "off")}, or per transaction with
   * {@code SET LOCAL pgorm.notify = off}.
   */
  public static final String NOTIFY_SETTING = ChangeLogObjects.NOTIFY_SETTING;

  private static final Duration MAX_HELD_PAUSE = Duration.ofSeconds(1);

  private final PgOrm client;
  private final PgListener listener;
  private final ChangeLogReader reader;
  private final ChangeLogPruner pruner;
  private final ChangeFeedOptions options;
  private final ListenMetrics metrics;

  private ChangeFeed(PgOrm client, PgListener listener, ChangeFeedOptions options) {
    this.client = client;
    this.listener = listener;
    this.reader = new ChangeLogReader(client, client.config().typeRegistry().objectMapper());
    this.pruner = new ChangeLogPruner(client);
    this.options = options;
    this.metrics = new ListenMetrics(client);
  }

  /**
   * A feed reading through {@code client}, woken by {@code listener} (unused with {@link
   * WakeUpMode#POLL}).
   */
  public static ChangeFeed create(PgOrm client, PgListener listener, ChangeFeedOptions options) {
    return new ChangeFeed(client, listener, options);
  }

  /**
   * The wake-up of {@link WakeUpMode#CLIENT}: one notification per table, sent by {@code writer}
   * after its transaction committed (a notification sent inside a transaction is delivered at its
   * commit, so calling this inside one also works). Cold; completes once sent.
   */
  public static Mono<Void> wake(PgOrm writer, QualifiedName... tables) {
    return Flux.fromArray(tables)
        .concatMap(
            table ->
                writer
                    .sql("SELECT pg_notify($1, $2)")
                    .bind(0, ChangeLogObjects.CHANNEL)
                    .bind(1, table.schema() + "." + table.name())
                    .execute())
        .then();
  }

  /** {@link #wake(PgOrm, QualifiedName...)} for a table of the metamodel. */
  public static Mono<Void> wake(PgOrm writer, TableMeta<?> table) {
    return wake(writer, qualified(table));
  }

  /** The position of "now": a stream started from it sees changes that commit from here on. */
  public Mono<ChangePosition> now() {
    return reader.now();
  }

  /**
   * Changes after {@code from}, of {@code table} (every table when {@code null}), in commit order
   * for any one row. Cold; never completes on its own. Reads happen on subscription, on each
   * wake-up notification, after the listener reconnects, and every {@code pollInterval}; each read
   * fetches at most {@code batchSize} changes and the next batch only when those were requested.
   * Cancelling stops reading. Errors: the listener's {@link ListenerFailedException}, a failed
   * read, or {@link ChangesPrunedException} when retention removed changes after {@code from}.
   */
  public Flux<ChangeRecord> changes(@Nullable QualifiedName table, ChangePosition from) {
    return items(table, from, new AtomicReference<>(from)).ofType(ChangeRecord.class);
  }

  /**
   * A range read to its end with no change left in it: the position moved past changes of other
   * tables, or past transactions that wrote nothing here. Durable consumers store it, so that their
   * stored position — and with it retention — keeps up with the watermark.
   */
  private record Advanced(ChangePosition position) {}

  /** Changes, and {@link Advanced} markers where the position moved without one. */
  private Flux<Object> items(
      @Nullable QualifiedName table,
      ChangePosition from,
      AtomicReference<ChangePosition> position) {
    return Flux.defer(
        () -> {
          position.set(from);
          // Listening reads once LISTEN is in place (the listener signals it); polling only
          // reads at once.
          Flux<Object> wakeups =
              options.wakeUp() == WakeUpMode.POLL
                  ? Flux.interval(Duration.ZERO, options.pollInterval()).map(t -> (Object) t)
                  : Flux.merge(
                      wakeups(table), Flux.interval(options.pollInterval()).map(t -> (Object) t));
          return wakeups
              .onBackpressureLatest()
              .concatMap(wake -> readAvailable(table, position), 1);
        });
  }

  private Flux<Object> wakeups(@Nullable QualifiedName table) {
    String payload = table == null ? null : table.schema() + "." + table.name();
    return listener
        .listen(ChangeLogObjects.CHANNEL)
        .filter(
            e ->
                !(e instanceof ListenEvent.Notification n)
                    || payload == null
                    || payload.equals(n.payload()))
        .map(e -> (Object) e);
  }

  /**
   * Reads batch after batch until one comes back empty, each only once the last is consumed. When
   * committed changes are held back by a running transaction, reads again after a short, growing
   * pause (5 ms up to the poll interval, at most 1 s): nothing would wake the reader when that
   * transaction ends without writing to the log.
   */
  private Flux<Object> readAvailable(
      @Nullable QualifiedName table, AtomicReference<ChangePosition> position) {
    return readAvailable(table, position, 0);
  }

  private Flux<Object> readAvailable(
      @Nullable QualifiedName table, AtomicReference<ChangePosition> position, int heldFor) {
    return reader
        .next(position.get(), options.batchSize(), table)
        // A read changes nothing, so one cut short by a lost connection is simply read again.
        .retryWhen(
            Retry.backoff(5, Duration.ofMillis(50))
                .filter(ConnectionException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
        .flatMapMany(
            batch -> {
              ChangePosition before = position.getAndSet(batch.position());
              if (batch.isEmpty()) {
                Flux<Object> moved =
                    batch.position().equals(before)
                        ? Flux.<Object>empty()
                        : Flux.<Object>just(new Advanced(batch.position()));
                return batch.heldBack()
                    ? moved.concatWith(
                        Mono.delay(heldPause(heldFor))
                            .thenMany(
                                Flux.defer(() -> readAvailable(table, position, heldFor + 1))))
                    : moved;
              }
              return Flux.<Object>fromIterable(batch.records())
                  .concatWith(Flux.defer(() -> readAvailable(table, position)));
            });
  }

  private Duration heldPause(int attempt) {
    Duration cap =
        options.pollInterval().compareTo(MAX_HELD_PAUSE) < 0
            ? options.pollInterval()
            : MAX_HELD_PAUSE;
    Duration pause = Duration.ofMillis(5L << Math.min(attempt, 10));
    return pause.compareTo(cap) < 0 ? pause : cap;
  }

  /**
   * Typed changes of {@code table} after {@code from}: {@link #changes(QualifiedName,
   * ChangePosition)} with each row decoded into {@code table}'s record through the client's type
   * registry, so that the values equal what a query returns. Cold; never completes on its own;
   * errors as the untyped stream, and an {@link IllegalStateException} naming the column when a
   * logged row does not decode (the record no longer matches the table: regenerate the code).
   *
   * @throws IllegalArgumentException when the record does not have one component per column
   * @throws io.pgorm.types.TypeMappingException naming the type when a column's SQL type is unknown
   *     to the registry
   */
  public <T> Flux<ChangeEvent<T>> changes(TableMeta<T> table, ChangePosition from) {
    RowDecoder<T> decoder = new RowDecoder<>(table, client.config().typeRegistry());
    return changes(qualified(table), from).map(decoder::event);
  }

  /**
   * A durable consumer: resumes from its stored position (from "now" the first time), runs {@code
   * handler} for each change in turn, and stores the change's position once the handler succeeded.
   * Delivery is at least once: a crash between a handler's success and the stored position repeats
   * that change after a restart — deduplicate by {@link ChangeRecord#id()} where it matters. Cold;
   * emits each change after it was handled. A failing handler ends the stream with its error and
   * the position stays before that change. When retention pruned changes the consumer has not read,
   * the stream ends with {@link ChangesPrunedException} naming the consumer (the reset signal); its
   * stored position is left as it was.
   *
   * @throws IllegalArgumentException (as the error of the Flux) for a name starting with {@code
   *     pgorm:}, which is reserved
   */
  public Flux<ChangeRecord> consume(
      String consumer,
      @Nullable QualifiedName table,
      Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    return consumeAs(consumer, table, Function.identity(), handler);
  }

  /**
   * A typed durable consumer: {@link #consume(String, QualifiedName, Function)} with each change
   * decoded as in {@link #changes(TableMeta, ChangePosition)}. At least once; deduplicate by {@link
   * ChangeEvent#id()} where it matters.
   */
  public <T> Flux<ChangeEvent<T>> consume(
      String consumer,
      TableMeta<T> table,
      Function<? super ChangeEvent<T>, ? extends Mono<Void>> handler) {
    RowDecoder<T> decoder = new RowDecoder<>(table, client.config().typeRegistry());
    return consumeAs(consumer, qualified(table), decoder::event, handler);
  }

  private <E> Flux<E> consumeAs(
      String consumer,
      @Nullable QualifiedName table,
      Function<ChangeRecord, E> convert,
      Function<? super E, ? extends Mono<Void>> handler) {
    return position(consumer)
        .flatMapMany(
            from -> {
              AtomicReference<ChangePosition> read = new AtomicReference<>(from);
              AtomicReference<ChangePosition> handled = new AtomicReference<>(from);
              Flux<E> events =
                  items(table, from, read)
                      .concatMap(
                          item -> {
                            if (item instanceof Advanced advanced) {
                              return save(consumer, advanced.position())
                                  .doOnSuccess(v -> handled.set(advanced.position()))
                                  .then(Mono.<E>empty());
                            }
                            ChangeRecord change = (ChangeRecord) item;
                            E event = convert.apply(change);
                            return handler
                                .apply(event)
                                .then(save(consumer, change.position()))
                                .doOnSuccess(
                                    v -> {
                                      handled.set(change.position());
                                      metrics.delivered(consumer, lag(change));
                                    })
                                .thenReturn(event);
                          })
                      .onErrorMap(
                          ChangesPrunedException.class,
                          e -> {
                            metrics.reset(consumer);
                            return e.forConsumer(consumer);
                          });
              return metrics.enabled()
                  ? Flux.merge(
                      events,
                      new LagProbe(client, metrics)
                          .run(consumer, table, handled, options.lagInterval())
                          .thenMany(Flux.<E>empty()))
                  : events;
            });
  }

  static QualifiedName qualified(TableMeta<?> table) {
    return QualifiedName.of(table.name().schema(), table.name().name());
  }

  private static Duration lag(ChangeRecord change) {
    return Duration.between(change.loggedAt().toInstant(), Instant.now());
  }

  /**
   * The stored position of {@code consumer}, created at "now" when it has none. Cold.
   *
   * @throws IllegalArgumentException (as the error of the Mono) for a reserved name ({@code
   *     pgorm:...})
   */
  public Mono<ChangePosition> position(String consumer) {
    if (consumer.startsWith("pgorm:")) {
      return Mono.error(
          new IllegalArgumentException(
              "consumer name '"
                  + consumer
                  + "' is reserved: names starting with 'pgorm:' are kept for the feed's own rows"));
    }
    return client
        .sql("SELECT position FROM " + ChangeLogObjects.CONSUMER_TABLE + " WHERE name = $1")
        .bind(0, consumer)
        .first((row, meta) -> ChangePosition.parse(String.valueOf(row.get(0, String.class))))
        .switchIfEmpty(
            Mono.defer(() -> reader.now().flatMap(now -> save(consumer, now).thenReturn(now))));
  }

  /**
   * Answers the reset signal: moves {@code consumer} to the oldest retained position, so that it
   * next reads every change still in the log. The changes between its old position and that one are
   * gone — call this once the state the consumer derives has been rebuilt. Cold; emits the new
   * position.
   */
  public Mono<ChangePosition> resetConsumer(String consumer) {
    return position(consumer)
        .then(
            client
                .sql(
                    "SELECT coalesce((SELECT position FROM "
                        + ChangeLogObjects.CONSUMER_TABLE
                        + " WHERE name = '"
                        + ChangeLogReader.RETENTION_ROW
                        + "'), '0:0:0')")
                .first((row, meta) -> ChangePosition.parse(String.valueOf(row.get(0)))))
        .flatMap(oldest -> save(consumer, oldest).thenReturn(oldest));
  }

  /**
   * Prunes the change log once, per {@code retention}. Cold; each subscription runs one statement
   * and emits what it removed and which consumers it left behind (they get the reset signal).
   */
  public Mono<PruneResult> prune(Retention retention) {
    return pruner.prune(retention).doOnNext(result -> metrics.pruned(result.deleted()));
  }

  /**
   * Prunes every {@code interval}, the first time after one interval. Cold; emits each result; a
   * prune that failed for a lost connection is tried again at the next tick, any other error ends
   * the stream. Dispose the subscription to stop.
   */
  public Flux<PruneResult> pruneEvery(Duration interval, Retention retention) {
    return Flux.interval(interval)
        .onBackpressureDrop()
        .concatMap(
            tick -> prune(retention).onErrorResume(ConnectionException.class, e -> Mono.empty()));
  }

  private Mono<Void> save(String consumer, ChangePosition position) {
    return client
        .sql(
            "INSERT INTO "
                + ChangeLogObjects.CONSUMER_TABLE
                + " (name, position) VALUES ($1, $2)"
                + " ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = now()")
        .bind(0, consumer)
        .bind(1, position.toString())
        .execute()
        .then();
  }
}
