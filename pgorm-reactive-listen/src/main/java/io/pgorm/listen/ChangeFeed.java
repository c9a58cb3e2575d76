package io.pgorm.listen;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.PgOrm;
import io.pgorm.error.ConnectionException;
import io.pgorm.listen.internal.ListenMetrics;
import io.pgorm.listen.log.ChangeLogReader;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.listen.log.ChangeRecord;
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
 * log is the source of truth; LISTEN/NOTIFY only wakes the reader, and a slow poll covers lost
 * wake-ups. Reads are driven by demand: a slow subscriber makes the reader wait — for a durable
 * consumer slowness is lag, never loss.
 */
public final class ChangeFeed {

  private final PgOrm client;
  private final PgListener listener;
  private final ChangeLogReader reader;
  private final ChangeFeedOptions options;
  private final ListenMetrics metrics;

  private ChangeFeed(PgOrm client, PgListener listener, ChangeFeedOptions options) {
    this.client = client;
    this.listener = listener;
    this.reader = new ChangeLogReader(client, new ObjectMapper());
    this.options = options;
    this.metrics = new ListenMetrics(client);
  }

  /** A feed reading through {@code client}, woken by {@code listener}. */
  public static ChangeFeed create(PgOrm client, PgListener listener, ChangeFeedOptions options) {
    return new ChangeFeed(client, listener, options);
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
   * Cancelling stops reading. Errors: the listener's {@link ListenerFailedException}, or a failed
   * read.
   */
  public Flux<ChangeRecord> changes(@Nullable QualifiedName table, ChangePosition from) {
    return Flux.defer(
        () -> {
          AtomicReference<ChangePosition> position = new AtomicReference<>(from);
          String payload = table == null ? null : table.schema() + "." + table.name();
          Flux<Object> wakeups =
              Flux.merge(
                  listener
                      .listen(ChangeLogObjects.CHANNEL)
                      .filter(
                          e ->
                              !(e instanceof ListenEvent.Notification n)
                                  || payload == null
                                  || payload.equals(n.payload()))
                      .map(e -> (Object) e),
                  Flux.interval(options.pollInterval()).map(tick -> (Object) tick));
          return wakeups
              .onBackpressureLatest()
              .concatMap(wake -> readAvailable(table, position), 1);
        });
  }

  /** Reads batch after batch until one comes back empty, each only once the last is consumed. */
  private Flux<ChangeRecord> readAvailable(
      @Nullable QualifiedName table, AtomicReference<ChangePosition> position) {
    return reader
        .next(position.get(), options.batchSize(), table)
        // A read changes nothing, so one cut short by a lost connection is simply read again.
        .retryWhen(
            Retry.backoff(5, Duration.ofMillis(50))
                .filter(ConnectionException.class::isInstance)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure()))
        .flatMapMany(
            batch -> {
              position.set(batch.position());
              return batch.isEmpty()
                  ? Flux.<ChangeRecord>empty()
                  : Flux.fromIterable(batch.records())
                      .concatWith(Flux.defer(() -> readAvailable(table, position)));
            });
  }

  /**
   * A durable consumer: resumes from its stored position (from "now" the first time), runs {@code
   * handler} for each change in turn, and stores the change's position once the handler succeeded.
   * Delivery is at least once: a crash between a handler's success and the stored position repeats
   * that change after a restart — deduplicate by {@link ChangeRecord#id()} where it matters. Cold;
   * emits each change after it was handled. A failing handler ends the stream with its error and
   * the position stays before that change.
   */
  public Flux<ChangeRecord> consume(
      String consumer,
      @Nullable QualifiedName table,
      Function<? super ChangeRecord, ? extends Mono<Void>> handler) {
    return position(consumer)
        .flatMapMany(
            from ->
                changes(table, from)
                    .concatMap(
                        change ->
                            handler
                                .apply(change)
                                .then(save(consumer, change.position()))
                                .doOnSuccess(v -> metrics.delivered(consumer, lag(change)))
                                .thenReturn(change)));
  }

  private static Duration lag(ChangeRecord change) {
    return Duration.between(change.loggedAt().toInstant(), Instant.now());
  }

  /** The stored position of {@code consumer}, created at "now" when it has none. Cold. */
  public Mono<ChangePosition> position(String consumer) {
    return client
        .sql("SELECT position FROM " + ChangeLogObjects.CONSUMER_TABLE + " WHERE name = $1")
        .bind(0, consumer)
        .first((row, meta) -> ChangePosition.parse(String.valueOf(row.get(0, String.class))))
        .switchIfEmpty(
            Mono.defer(() -> reader.now().flatMap(now -> save(consumer, now).thenReturn(now))));
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
