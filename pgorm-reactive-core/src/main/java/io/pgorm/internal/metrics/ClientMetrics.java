package io.pgorm.internal.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.pgorm.metrics.PgOrmMeters;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * All the meters of one client, which creates one of these with its configuration, keeps it for its
 * lifetime and calls {@link #close()} when it shuts down. Without a registry every component is a
 * do-nothing variant chosen here, so call sites never test whether metrics are on.
 */
public final class ClientMetrics implements AutoCloseable {

  /** How many distinct {@code table} tag values before new tables read {@code other}. */
  static final int MAX_TABLES = 200;

  private final @Nullable RegisteredMeters meters;
  private final ConnectionPoolMetrics pool;
  private final StatementMetrics statements;
  private final TransactionMetrics transactions;

  private ClientMetrics(
      @Nullable RegisteredMeters meters,
      ConnectionPoolMetrics pool,
      StatementMetrics statements,
      TransactionMetrics transactions) {
    this.meters = meters;
    this.pool = pool;
    this.statements = statements;
    this.transactions = transactions;
  }

  /**
   * Metrics for a client.
   *
   * @param registry where meters go; {@code null} registers nothing (the slow-statement log still
   *     works)
   * @param clientName the {@code client} tag on every meter, which overrides a {@code client} tag
   *     in {@code commonTags}; must be unique among the clients sharing {@code registry}
   * @param commonTags extra tags on every meter
   * @param slowStatementThreshold statements slower than this are logged and counted; {@link
   *     Duration#ZERO} turns the log off
   * @throws IllegalArgumentException if {@code clientName} is blank or the threshold negative
   */
  public static ClientMetrics create(
      @Nullable MeterRegistry registry,
      String clientName,
      Iterable<Tag> commonTags,
      Duration slowStatementThreshold) {
    return create(
        registry,
        clientName,
        commonTags,
        slowStatementThreshold,
        Clock.SYSTEM,
        Loggers.getLogger(PgOrmMeters.SLOW_STATEMENT_LOGGER));
  }

  /** Metrics that record and log nothing, for clients built without metrics and for tests. */
  public static ClientMetrics disabled() {
    return new ClientMetrics(
        null,
        DisabledConnectionPoolMetrics.INSTANCE,
        DisabledStatementMetrics.INSTANCE,
        DisabledTransactionMetrics.INSTANCE);
  }

  /**
   * As {@link #create(MeterRegistry, String, Iterable, Duration)}, with the clock that times
   * statements when there is no registry (with one, the registry's clock is used) and the logger of
   * the slow-statement log.
   */
  static ClientMetrics create(
      @Nullable MeterRegistry registry,
      String clientName,
      Iterable<Tag> commonTags,
      Duration slowStatementThreshold,
      Clock clockWithoutRegistry,
      Logger slowStatementLogger) {
    Objects.requireNonNull(clientName, "clientName");
    Objects.requireNonNull(commonTags, "commonTags");
    Objects.requireNonNull(slowStatementThreshold, "slowStatementThreshold");
    if (clientName.isBlank()) {
      throw new IllegalArgumentException(
          "Client name must not be blank: it is the 'client' tag on every pgorm meter");
    }
    if (slowStatementThreshold.isNegative()) {
      throw new IllegalArgumentException(
          "slowStatementThreshold must be positive, or zero to turn the slow-statement log off;"
              + " was "
              + slowStatementThreshold);
    }
    SlowStatementLog slowLog =
        new SlowStatementLog(slowStatementThreshold, clientName, slowStatementLogger);
    if (registry == null) {
      StatementMetrics statements =
          slowLog.enabled()
              ? new DefaultStatementMetrics(clockWithoutRegistry, null, slowLog)
              : DisabledStatementMetrics.INSTANCE;
      return new ClientMetrics(
          null,
          DisabledConnectionPoolMetrics.INSTANCE,
          statements,
          DisabledTransactionMetrics.INSTANCE);
    }
    RegisteredMeters meters =
        new RegisteredMeters(registry, Tags.of(commonTags).and(PgOrmMeters.TAG_CLIENT, clientName));
    return new ClientMetrics(
        meters,
        new DefaultConnectionPoolMetrics(meters, clientName),
        new DefaultStatementMetrics(
            registry.config().clock(), new StatementMeters(meters, MAX_TABLES), slowLog),
        new DefaultTransactionMetrics(meters));
  }

  /** The pool's gauges, acquire timer and timeout counter. */
  public ConnectionPoolMetrics pool() {
    return pool;
  }

  /** Statement timers, error and slow counters, and the slow-statement log. */
  public StatementMetrics statements() {
    return statements;
  }

  /** Transaction counters and timer. */
  public TransactionMetrics transactions() {
    return transactions;
  }

  /**
   * Removes every meter this client registered from the registry. Idempotent. Samples still running
   * when it is called end without registering anything again.
   */
  @Override
  public void close() {
    if (meters != null) {
      meters.close();
    }
  }
}
