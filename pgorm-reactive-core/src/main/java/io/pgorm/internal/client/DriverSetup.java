package io.pgorm.internal.client;

import io.pgorm.PgOrmConfig;
import io.pgorm.PoolValidation;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.client.SSLMode;
import io.r2dbc.spi.ValidationDepth;
import java.time.Duration;
import java.util.function.LongSupplier;

/** Turns a {@link PgOrmConfig} into the driver's connection factory and r2dbc-pool's pool. */
public final class DriverSetup {

  private DriverSetup() {}

  /** The driver's factory: what both the pool and dedicated connections are opened with. */
  public static PostgresqlConnectionFactory connectionFactory(PgOrmConfig config) {
    PostgresqlConnectionConfiguration.Builder b =
        PostgresqlConnectionConfiguration.builder()
            .host(config.host())
            .port(config.port())
            .database(config.database())
            .username(config.username())
            .applicationName(config.applicationName())
            .connectTimeout(config.connectTimeout())
            .sslMode(SSLMode.fromValue(config.sslMode().value()))
            .tcpKeepAlive(config.tcpKeepAlive())
            .preparedStatementCacheQueries(config.preparedStatementCacheSize())
            // Our codecs go ahead of the driver's: money, ranges, inet with its prefix, NaN, ...
            .codecRegistrar(config.typeRegistry().codecRegistrar());
    if (config.password() != null) {
      b.password(config.password());
    }
    if (!config.serverParameters().isEmpty()) {
      b.options(config.serverParameters());
    }
    if (config.statementTimeout() != null) {
      b.statementTimeout(config.statementTimeout());
    }
    if (config.lockTimeout() != null) {
      b.lockWaitTimeout(config.lockTimeout());
    }
    return new PostgresqlConnectionFactory(b.build());
  }

  /**
   * The pool. {@code evictBefore} gives a pool-clock time in milliseconds: connections allocated at
   * or before it are closed instead of handed out or taken back (the eviction hook after DDL).
   */
  public static ConnectionPool pool(
      PgOrmConfig config, PostgresqlConnectionFactory factory, LongSupplier evictBefore) {
    Duration maxIdle = config.maxIdleTime();
    Duration maxLife = config.maxLifetime();
    ConnectionPoolConfiguration poolConfig =
        ConnectionPoolConfiguration.builder(factory)
            .name(config.poolName())
            .initialSize(0)
            .minIdle(config.minIdle())
            .maxSize(config.maxSize())
            .maxAcquireTime(config.acquireTimeout())
            .maxCreateConnectionTime(config.connectTimeout())
            .maxIdleTime(maxIdle)
            .maxLifeTime(maxLife)
            .clock(config.clock())
            // The pool's own retry would also retry timeouts, doubling the caller's wait; the
            // client retries validation failures itself.
            .acquireRetry(0)
            .validationDepth(
                config.validation() == PoolValidation.REMOTE
                    ? ValidationDepth.REMOTE
                    : ValidationDepth.LOCAL)
            .customizer(
                builder ->
                    // Replaces the pool's own predicate (idle + lifetime) with one that also
                    // honours evictAll(); reactor-pool allows one predicate only.
                    builder.evictionPredicate(
                        (connection, meta) ->
                            meta.idleTime() >= maxIdle.toMillis()
                                || meta.lifeTime() >= maxLife.toMillis()
                                || meta.allocationTimestamp() <= evictBefore.getAsLong()))
            .build();
    return new ConnectionPool(poolConfig);
  }
}
