package io.pgorm;

import io.pgorm.error.PoolExhaustedException;
import io.pgorm.internal.client.DriverSetup;
import io.pgorm.internal.client.InFlight;
import io.pgorm.internal.error.ErrorTranslator;
import io.pgorm.internal.metrics.ClientMetrics;
import io.pgorm.internal.tx.TransactionRunner;
import io.pgorm.internal.tx.TxState;
import io.pgorm.spi.TransactionBridge;
import io.pgorm.tx.Tx;
import io.pgorm.tx.TxOptions;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.PoolMetrics;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import reactor.util.retry.Retry;

/** The {@link PgOrm} client: r2dbc-pool over r2dbc-postgresql, plus transactions and lifecycle. */
final class DefaultPgOrm implements PgOrm {

  private final PgOrmConfig config;
  private final PostgresqlConnectionFactory factory;
  private final ConnectionPool pool;
  private final InFlight inFlight;
  private final ClientMetrics metrics;
  private final TransactionRunner transactions;
  private final AtomicReference<@Nullable Mono<Void>> shutdown = new AtomicReference<>();
  private volatile long evictBefore = Long.MIN_VALUE;

  DefaultPgOrm(PgOrmConfig config) {
    this.config = config;
    this.factory = DriverSetup.connectionFactory(config);
    this.pool = DriverSetup.pool(config, factory, () -> evictBefore);
    this.inFlight = new InFlight(config.poolName());
    this.metrics =
        ClientMetrics.create(
            config.meterRegistry(),
            config.poolName(),
            config.metricsTags(),
            config.slowStatementThreshold());
    metrics.pool().bind(pool);
    this.transactions =
        new TransactionRunner(
            this::acquire,
            (connection, sql) -> new DefaultSql(this, connection, sql),
            config.retryScheduler(),
            metrics.transactions());
  }

  @Override
  public PgOrmConfig config() {
    return config;
  }

  @Override
  public Sql sql(String sql) {
    return new DefaultSql(this, null, sql);
  }

  @Override
  public <T> Flux<T> withConnection(Function<? super Connection, ? extends Publisher<T>> body) {
    return run(null, body);
  }

  /**
   * The one way work reaches a connection: the pinned one, the current transaction's, or a pooled
   * one borrowed for this run. Driver errors are translated here.
   */
  <T> Flux<T> run(
      @Nullable Connection pinned, Function<? super Connection, ? extends Publisher<T>> body) {
    return Flux.deferContextual(
        ctx -> {
          Connection joined = pinned != null ? pinned : joinedConnection(ctx);
          if (joined != null) {
            // Work inside an admitted transaction is let through even while shutting down.
            return Flux.<T>from(body.apply(joined)).onErrorMap(ErrorTranslator::translate);
          }
          inFlight.enter();
          return Flux.<T, Connection>usingWhen(
                  acquire(), body, Connection::close, (c, e) -> c.close(), Connection::close)
              .onErrorMap(ErrorTranslator::translate)
              .doFinally(signal -> inFlight.exit());
        });
  }

  @Override
  public boolean isTransactional(ContextView context) {
    return joinedConnection(context) != null;
  }

  /** The connection of the transaction the subscriber runs in: ours, or a bridged one. */
  private @Nullable Connection joinedConnection(ContextView ctx) {
    TxState own = TxState.current(ctx).orElse(null);
    if (own != null) {
      return own.connection();
    }
    for (TransactionBridge bridge : config.transactionBridges()) {
      Connection bridged = bridge.currentConnection(ctx).orElse(null);
      if (bridged != null) {
        return bridged;
      }
    }
    return null;
  }

  private Mono<Connection> acquire() {
    long start = System.nanoTime();
    return metrics
        .pool()
        .timeAcquire(
            pool.create()
                // A connection that fails validation (its backend was killed) is discarded by
                // the pool; one more try gets a fresh one. A timeout is not retried: the
                // acquire timeout is a bound on the caller's wait, not per attempt.
                .retryWhen(Retry.max(1).filter(e -> !(e instanceof R2dbcTimeoutException))))
        .onErrorMap(
            R2dbcTimeoutException.class,
            e -> {
              PoolStats s = poolStats();
              return new PoolExhaustedException(
                  config.poolName(),
                  s.maxSize(),
                  s.acquired(),
                  s.idle(),
                  s.pending(),
                  Duration.ofNanos(System.nanoTime() - start).toMillis(),
                  e);
            });
  }

  @Override
  public <T> Mono<T> inTransaction(Function<? super Tx, ? extends Mono<T>> body) {
    return inTransaction(TxOptions.defaults(), body);
  }

  @Override
  public <T> Mono<T> inTransaction(
      TxOptions options, Function<? super Tx, ? extends Mono<T>> body) {
    return admitted(transactions.one(options, body).flux()).singleOrEmpty();
  }

  @Override
  public <T> Flux<T> inTransactionMany(Function<? super Tx, ? extends Publisher<T>> body) {
    return inTransactionMany(TxOptions.defaults(), body);
  }

  @Override
  public <T> Flux<T> inTransactionMany(
      TxOptions options, Function<? super Tx, ? extends Publisher<T>> body) {
    return admitted(transactions.many(options, body));
  }

  /** Counts a top-level transaction as work under way; nested ones are part of their parent. */
  private <T> Flux<T> admitted(Flux<T> work) {
    return Flux.deferContextual(
        ctx -> {
          if (TxState.current(ctx).isPresent()) {
            return work;
          }
          inFlight.enter();
          return work.doFinally(signal -> inFlight.exit());
        });
  }

  @Override
  public Mono<PostgresqlConnection> openDedicatedConnection() {
    return Mono.defer(
        () -> {
          if (inFlight.isClosing()) {
            return Mono.error(
                new io.pgorm.error.ClientClosedException(config.poolName(), "shutting down"));
          }
          return factory
              .create()
              .<PostgresqlConnection>map(c -> c)
              .onErrorMap(ErrorTranslator::translate);
        });
  }

  @Override
  public Mono<Integer> warmup() {
    return pool.warmup().onErrorMap(ErrorTranslator::translate);
  }

  @Override
  public void evictPooledConnections() {
    evictBefore = config.clock().millis();
  }

  @Override
  public PoolStats poolStats() {
    PoolMetrics m = pool.getMetrics().orElseThrow();
    return new PoolStats(
        m.acquiredSize(), m.idleSize(), m.pendingAcquireSize(), m.getMaxAllocatedSize());
  }

  @Override
  public Mono<Void> shutdown(Duration deadline) {
    Mono<Void> fresh =
        Mono.defer(() -> inFlight.close(deadline).then(pool.disposeLater()))
            // Before the completion reaches the caller, so that close() returns with the meters
            // already gone.
            .doOnTerminate(metrics::close)
            .cache();
    return shutdown.compareAndSet(null, fresh) ? fresh : shutdown.get();
  }

  @Override
  public void close() {
    shutdown(Duration.ofSeconds(30)).block();
  }

  @Override
  public String toString() {
    return "PgOrm[" + config.describe() + ", pool " + config.poolName() + "]";
  }

  ClientMetrics metrics() {
    return metrics;
  }
}
