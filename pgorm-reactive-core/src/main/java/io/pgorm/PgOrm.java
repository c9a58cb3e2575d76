package io.pgorm;

import io.pgorm.tx.Tx;
import io.pgorm.tx.TxOptions;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import java.time.Duration;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The client: a connection pool over one PostgreSQL database, statements, transactions and
 * dedicated connections. Thread-safe; make one per database and share it. Creating it opens
 * nothing: connections are opened on first use or by {@link #warmup()}.
 *
 * <pre>{@code
 * try (PgOrm db = PgOrm.connect("postgresql://app@localhost:5432/app")) {
 *   db.sql("select 1").map((row, meta) -> row.get(0, Integer.class)).blockFirst();
 * }
 * }</pre>
 */
public interface PgOrm extends AutoCloseable {

  /** A client for the URL ({@code postgresql://...} or {@code r2dbc:postgresql://...}). */
  static PgOrm connect(String url) {
    return create(PgOrmConfig.builder().url(url).build());
  }

  /**
   * A client configured from the environment: {@code PGORM_URL} if set, else the libpq variables
   * ({@code PGHOST}, {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER}, {@code PGPASSWORD}, ...).
   */
  static PgOrm fromEnvironment() {
    return create(PgOrmConfig.builder().fromEnvironment().build());
  }

  /** A client with the given configuration. */
  static PgOrm create(PgOrmConfig config) {
    return new DefaultPgOrm(config);
  }

  PgOrmConfig config();

  /** A statement to run; see {@link Sql}. */
  Sql sql(String sql);

  /**
   * Runs {@code body} with a connection: the current transaction's when called inside one, else a
   * pooled connection returned when the body's publisher terminates or is cancelled. Cold. Do not
   * close the connection yourself; errors are translated to {@link io.pgorm.error.PgOrmException}.
   */
  <T> Flux<T> withConnection(Function<? super Connection, ? extends Publisher<T>> body);

  /**
   * Whether statements subscribed with this context join a transaction: one of {@link
   * #inTransaction}, or one a {@link io.pgorm.spi.TransactionBridge} supplies. Libraries on top of
   * the client use it to keep work of a transaction apart from work outside (a transaction's
   * statements must not be merged with others').
   */
  boolean isTransactional(ContextView context);

  /**
   * Runs {@code body} in a transaction with default options ({@code READ COMMITTED} unless the
   * server says otherwise, read-write, no retry). Cold: each subscription begins a new transaction.
   * The value is emitted after COMMIT succeeded. An error in the body, or a cancellation, rolls
   * back, and the connection returns to the pool only after ROLLBACK finished. Called inside
   * another transaction it runs in a savepoint: its failure rolls back to the savepoint and the
   * outer transaction can carry on.
   */
  <T> Mono<T> inTransaction(Function<? super Tx, ? extends Mono<T>> body);

  /**
   * As {@link #inTransaction(Function)} with isolation, read-only, deferrable and retry options.
   */
  <T> Mono<T> inTransaction(TxOptions options, Function<? super Tx, ? extends Mono<T>> body);

  /**
   * As {@link #inTransaction(Function)} for a body that emits many values. They are emitted as the
   * body produces them, before COMMIT; if COMMIT then fails, the subscriber has seen values of a
   * transaction that did not commit and gets the error. Retry applies only while nothing has been
   * emitted.
   */
  <T> Flux<T> inTransactionMany(Function<? super Tx, ? extends Publisher<T>> body);

  /** As {@link #inTransactionMany(Function)} with options. */
  <T> Flux<T> inTransactionMany(
      TxOptions options, Function<? super Tx, ? extends Publisher<T>> body);

  /**
   * Opens a connection outside the pool, with the same configuration and codecs. Cold: each
   * subscription opens one. The caller owns it and must close it. For what a pooled connection must
   * not carry to its next borrower: LISTEN, session advisory locks, session settings.
   */
  Mono<PostgresqlConnection> openDedicatedConnection();

  /**
   * Opens {@code minIdle} connections now rather than on first use. Cold; emits how many were
   * opened.
   */
  Mono<Integer> warmup();

  /**
   * Closes every pooled connection: idle ones at once, busy ones when they come back. Later
   * borrowers get new connections, with codecs and prepared statements built afresh (needed after
   * DDL changes types).
   */
  void evictPooledConnections();

  /** Pool figures now: connections in use, idle, waiting acquirers, maximum. */
  PoolStats poolStats();

  /**
   * Stops the client: new work is refused at once with {@link
   * io.pgorm.error.ClientClosedException}, work under way may finish until {@code deadline}, then
   * the pool is closed (work still running then fails). Cold; completes when the pool is closed.
   * Calling it again completes when the first call did.
   */
  Mono<Void> shutdown(Duration deadline);

  /**
   * Blocking {@link #shutdown(Duration)} with a 30-second deadline, for try-with-resources and
   * application exit. The only blocking method of the client: never call it on an event loop.
   */
  @Override
  void close();
}
