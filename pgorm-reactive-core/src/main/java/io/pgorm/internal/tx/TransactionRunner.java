package io.pgorm.internal.tx;

import io.pgorm.Sql;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.TransactionException;
import io.pgorm.internal.client.Uncancellable;
import io.pgorm.internal.error.ErrorTranslator;
import io.pgorm.internal.metrics.RollbackReason;
import io.pgorm.internal.metrics.TransactionMetrics;
import io.pgorm.internal.metrics.TransactionSample;
import io.pgorm.tx.RetryPolicy;
import io.pgorm.tx.Tx;
import io.pgorm.tx.TxOptions;
import io.r2dbc.postgresql.api.PostgresTransactionDefinition;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.IsolationLevel;
import io.r2dbc.spi.Result;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.util.retry.Retry;

/**
 * Runs transaction bodies: BEGIN on a pooled connection, the body with the transaction in its
 * context, then COMMIT, or ROLLBACK on error and on cancel, and only then the connection's release.
 * Inside a transaction, a body runs in a savepoint instead.
 */
public final class TransactionRunner {

  private final Supplier<Mono<Connection>> acquire;
  private final BiFunction<Connection, String, Sql> statements;
  private final Scheduler retryScheduler;
  private final TransactionMetrics metrics;

  public TransactionRunner(
      Supplier<Mono<Connection>> acquire,
      BiFunction<Connection, String, Sql> statements,
      Scheduler retryScheduler,
      TransactionMetrics metrics) {
    this.acquire = acquire;
    this.statements = statements;
    this.retryScheduler = retryScheduler;
    this.metrics = metrics;
  }

  /** A body emitting one value, which is emitted after COMMIT. */
  public <T> Mono<T> one(TxOptions options, Function<? super Tx, ? extends Mono<T>> body) {
    return run(options, body, true).singleOrEmpty();
  }

  /** A body emitting many values, emitted as produced, before COMMIT. */
  public <T> Flux<T> many(TxOptions options, Function<? super Tx, ? extends Publisher<T>> body) {
    return run(options, body, false);
  }

  /**
   * One transaction, or a savepoint inside the caller's. {@code holdUntilCommit}: the body emits at
   * most one value, kept back until COMMIT succeeded — so a failed COMMIT can still be retried.
   */
  private <T> Flux<T> run(
      TxOptions options,
      Function<? super Tx, ? extends Publisher<T>> body,
      boolean holdUntilCommit) {
    return Flux.deferContextual(
        ctx -> {
          TxState outer = TxState.current(ctx).orElse(null);
          if (outer != null) {
            return Flux.usingWhen(
                    savepoint(outer, options),
                    sp ->
                        Flux.defer(() -> body.apply(sp.state))
                            .contextWrite(c -> c.put(TxState.class, sp.state)),
                    sp -> sp.release(),
                    (sp, e) -> sp.rollback(),
                    sp -> sp.rollback())
                .onErrorMap(ErrorTranslator::translate);
          }
          Flux<T> attempt =
              Flux.usingWhen(
                      acquire.get().map(conn -> new Attempt(conn, metrics.begin())),
                      a -> {
                        TxState state = newState(a.connection, options);
                        return begin(a.connection, options)
                            .thenMany(Flux.defer(() -> body.apply(state)))
                            .contextWrite(c -> c.put(TxState.class, state));
                      },
                      this::commit,
                      (a, e) -> rollback(a, RollbackReason.ERROR),
                      a -> rollback(a, RollbackReason.CANCEL))
                  .onErrorMap(ErrorTranslator::translate);
          // singleOrEmpty() emits on completion, which Flux.usingWhen signals after COMMIT.
          return withRetry(
              holdUntilCommit ? attempt.singleOrEmpty().flux() : attempt, options.retry());
        });
  }

  private TxState newState(Connection conn, TxOptions options) {
    return new TxState(conn, options, 0, new AtomicInteger(), statements);
  }

  private <T> Flux<T> withRetry(Flux<T> attempt, RetryPolicy policy) {
    if (policy.maxRetries() == 0) {
      return attempt;
    }
    return Flux.defer(
        () -> {
          // Once a value reached the subscriber, a second run would show it values of two runs.
          AtomicBoolean emitted = new AtomicBoolean();
          return attempt
              .doOnNext(v -> emitted.set(true))
              .retryWhen(
                  Retry.backoff(policy.maxRetries(), policy.minBackoff())
                      .maxBackoff(policy.maxBackoff())
                      .scheduler(retryScheduler)
                      .filter(e -> !emitted.get() && policy.sqlStates().contains(sqlState(e)))
                      .doBeforeRetry(signal -> metrics.retry(signal.failure()))
                      .onRetryExhaustedThrow((spec, signal) -> signal.failure()));
        });
  }

  private static String sqlState(Throwable e) {
    String state = e instanceof PgOrmException ? ((PgOrmException) e).sqlState() : null;
    return state == null ? "" : state;
  }

  private static Mono<Void> begin(Connection conn, TxOptions options) {
    PostgresTransactionDefinition def =
        PostgresTransactionDefinition.mutability(!options.readOnly());
    if (options.isolation() != null) {
      def = def.isolationLevel(IsolationLevel.valueOf(options.isolation().sql()));
    }
    if (options.deferrable()) {
      def = def.deferrable();
    }
    return Mono.from(conn.beginTransaction(def));
  }

  private Mono<Void> commit(Attempt attempt) {
    Connection conn = attempt.connection;
    return Uncancellable.of(
        Mono.from(conn.commitTransaction())
            .doOnSuccess(v -> attempt.sample.commit())
            .onErrorResume(
                e -> {
                  attempt.sample.rollback(RollbackReason.ERROR);
                  return Mono.from(conn.close()).then(Mono.error(e));
                })
            .then(Mono.from(conn.close())));
  }

  private Mono<Void> rollback(Attempt attempt, RollbackReason reason) {
    attempt.sample.rollback(reason);
    // A plain ROLLBACK, not the driver's status-checking one: queued behind a BEGIN still in
    // flight, it still ends that transaction before the connection goes back to the pool.
    return Uncancellable.of(
        execute(attempt.connection, "ROLLBACK")
            .onErrorResume(e -> Mono.empty())
            .then(Mono.from(attempt.connection.close())));
  }

  /** One run of a top-level transaction: its connection and its metrics sample. */
  private static final class Attempt {
    final Connection connection;
    final TransactionSample sample;

    Attempt(Connection connection, TransactionSample sample) {
      this.connection = connection;
      this.sample = sample;
    }
  }

  private Mono<Savepoint> savepoint(TxState outer, TxOptions options) {
    if (options.isolation() != null && options.isolation() != outer.options().isolation()) {
      return Mono.error(
          new TransactionException(
              "A nested transaction asked for isolation "
                  + options.isolation().sql()
                  + " inside a transaction at "
                  + (outer.options().isolation() == null
                      ? "the server's default"
                      : outer.options().isolation().sql())
                  + "; a savepoint cannot change the isolation level",
              "set it on the outermost transaction"));
    }
    TxState nested = outer.nested(outer.options());
    String name = outer.nextSavepointName();
    return execute(outer.connection(), "SAVEPOINT " + name).thenReturn(new Savepoint(nested, name));
  }

  static Mono<Void> execute(Connection conn, String sql) {
    return Flux.from(conn.createStatement(sql).execute()).flatMap(Result::getRowsUpdated).then();
  }

  /** A savepoint standing for a nested transaction. */
  private static final class Savepoint {
    final TxState state;
    final String name;

    Savepoint(TxState state, String name) {
      this.state = state;
      this.name = name;
    }

    Mono<Void> release() {
      return Uncancellable.of(execute(state.connection(), "RELEASE SAVEPOINT " + name));
    }

    Mono<Void> rollback() {
      return Uncancellable.of(execute(state.connection(), "ROLLBACK TO SAVEPOINT " + name));
    }
  }
}
