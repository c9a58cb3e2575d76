package io.pgorm;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.pgorm.error.ConfigurationException;
import io.pgorm.internal.config.ConnectionUrl;
import io.pgorm.internal.config.EnvironmentSettings;
import io.pgorm.spi.TransactionBridge;
import io.pgorm.types.TypeRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * Everything a {@link PgOrm} client is built from: where the server is, how to log in, the pool,
 * timeouts and metrics. Immutable; made by {@link #builder()}, from a URL ({@link
 * Builder#url(String)}) or from the environment ({@link Builder#fromEnvironment()}).
 *
 * <p>The URL forms {@code postgresql://user:pass@host:port/db?opt=value} and {@code
 * r2dbc:postgresql://...} are accepted; docs/configuration.md lists every option.
 */
public final class PgOrmConfig {

  private final String host;
  private final int port;
  private final String database;
  private final String username;
  private final @Nullable String password;
  private final SslMode sslMode;
  private final String applicationName;
  private final Duration connectTimeout;
  private final @Nullable Duration statementTimeout;
  private final @Nullable Duration lockTimeout;
  private final Map<String, String> serverParameters;
  private final int preparedStatementCacheSize;
  private final boolean tcpKeepAlive;
  private final String poolName;
  private final int minIdle;
  private final int maxSize;
  private final Duration acquireTimeout;
  private final Duration maxIdleTime;
  private final Duration maxLifetime;
  private final PoolValidation validation;
  private final @Nullable MeterRegistry meterRegistry;
  private final List<Tag> metricsTags;
  private final Duration slowStatementThreshold;
  private final List<TransactionBridge> transactionBridges;
  private final Clock clock;
  private final Scheduler retryScheduler;
  private final TypeRegistry typeRegistry;

  private PgOrmConfig(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.username = b.username;
    this.database = b.database != null ? b.database : b.username;
    this.password = b.password;
    this.sslMode = b.sslMode;
    this.applicationName = b.applicationName;
    this.connectTimeout = b.connectTimeout;
    this.statementTimeout = b.statementTimeout;
    this.lockTimeout = b.lockTimeout;
    this.serverParameters = Map.copyOf(b.serverParameters);
    this.preparedStatementCacheSize = b.preparedStatementCacheSize;
    this.tcpKeepAlive = b.tcpKeepAlive;
    this.poolName = b.poolName;
    this.minIdle = b.minIdle;
    this.maxSize = b.maxSize;
    this.acquireTimeout = b.acquireTimeout;
    this.maxIdleTime = b.maxIdleTime;
    this.maxLifetime = b.maxLifetime;
    this.validation = b.validation;
    this.meterRegistry = b.meterRegistry;
    this.metricsTags = List.copyOf(b.metricsTags);
    this.slowStatementThreshold = b.slowStatementThreshold;
    this.transactionBridges = List.copyOf(b.transactionBridges);
    this.clock = b.clock;
    this.retryScheduler = b.retryScheduler;
    this.typeRegistry = b.typeRegistry;
  }

  /** A builder with every default in place (see each setter). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder preset from this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.host = host;
    b.port = port;
    b.database = database;
    b.username = username;
    b.password = password;
    b.sslMode = sslMode;
    b.applicationName = applicationName;
    b.connectTimeout = connectTimeout;
    b.statementTimeout = statementTimeout;
    b.lockTimeout = lockTimeout;
    b.serverParameters.putAll(serverParameters);
    b.preparedStatementCacheSize = preparedStatementCacheSize;
    b.tcpKeepAlive = tcpKeepAlive;
    b.poolName = poolName;
    b.minIdle = minIdle;
    b.maxSize = maxSize;
    b.acquireTimeout = acquireTimeout;
    b.maxIdleTime = maxIdleTime;
    b.maxLifetime = maxLifetime;
    b.validation = validation;
    b.meterRegistry = meterRegistry;
    b.metricsTags.addAll(metricsTags);
    b.slowStatementThreshold = slowStatementThreshold;
    b.transactionBridges.addAll(transactionBridges);
    b.clock = clock;
    b.retryScheduler = retryScheduler;
    b.typeRegistry = typeRegistry;
    return b;
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  public String database() {
    return database;
  }

  public String username() {
    return username;
  }

  /** The password, or {@code null} where the server needs none (trust, peer). */
  public @Nullable String password() {
    return password;
  }

  public SslMode sslMode() {
    return sslMode;
  }

  public String applicationName() {
    return applicationName;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  /** The server's {@code statement_timeout} for every session, or {@code null} for none. */
  public @Nullable Duration statementTimeout() {
    return statementTimeout;
  }

  /** The server's {@code lock_timeout} for every session, or {@code null} for none. */
  public @Nullable Duration lockTimeout() {
    return lockTimeout;
  }

  /** Run-time parameters sent at session start ({@code search_path}, {@code TimeZone}, ...). */
  public Map<String, String> serverParameters() {
    return serverParameters;
  }

  public int preparedStatementCacheSize() {
    return preparedStatementCacheSize;
  }

  public boolean tcpKeepAlive() {
    return tcpKeepAlive;
  }

  public String poolName() {
    return poolName;
  }

  public int minIdle() {
    return minIdle;
  }

  public int maxSize() {
    return maxSize;
  }

  public Duration acquireTimeout() {
    return acquireTimeout;
  }

  public Duration maxIdleTime() {
    return maxIdleTime;
  }

  public Duration maxLifetime() {
    return maxLifetime;
  }

  public PoolValidation validation() {
    return validation;
  }

  public @Nullable MeterRegistry meterRegistry() {
    return meterRegistry;
  }

  public List<Tag> metricsTags() {
    return metricsTags;
  }

  public Duration slowStatementThreshold() {
    return slowStatementThreshold;
  }

  /** Bridges to transactions managed elsewhere, asked in order. */
  public List<TransactionBridge> transactionBridges() {
    return transactionBridges;
  }

  public Clock clock() {
    return clock;
  }

  public Scheduler retryScheduler() {
    return retryScheduler;
  }

  /** The PostgreSQL types and codecs every connection is opened with (docs/types.md). */
  public TypeRegistry typeRegistry() {
    return typeRegistry;
  }

  /** {@code postgresql://user@host:port/database}: where this client connects, no password. */
  public String describe() {
    String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return "postgresql://" + username + "@" + h + ":" + port + "/" + database;
  }

  @Override
  public String toString() {
    return "PgOrmConfig{"
        + describe()
        + ", sslMode="
        + sslMode.value()
        + ", pool="
        + poolName
        + " "
        + minIdle
        + ".."
        + maxSize
        + ", acquireTimeout="
        + acquireTimeout
        + "}";
  }

  /** Mutable, single-use builder; {@link #build()} checks the rules that span several fields. */
  public static final class Builder {
    private String host = "localhost";
    private int port = 5432;
    private @Nullable String database;
    private String username = defaultUser();
    private @Nullable String password;
    private SslMode sslMode = SslMode.PREFER;
    private String applicationName = "pgorm";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private @Nullable Duration statementTimeout;
    private @Nullable Duration lockTimeout;
    private final Map<String, String> serverParameters = new LinkedHashMap<>();
    private int preparedStatementCacheSize = 256;
    private boolean tcpKeepAlive = true;
    private String poolName = "pgorm";
    private int minIdle = 0;
    private int maxSize = 10;
    private Duration acquireTimeout = Duration.ofSeconds(10);
    private Duration maxIdleTime = Duration.ofMinutes(10);
    private Duration maxLifetime = Duration.ofMinutes(30);
    private PoolValidation validation = PoolValidation.LOCAL;
    private @Nullable MeterRegistry meterRegistry;
    private final List<Tag> metricsTags = new ArrayList<>();
    private Duration slowStatementThreshold = Duration.ofSeconds(1);
    private final List<TransactionBridge> transactionBridges = new ArrayList<>();
    private Clock clock = Clock.systemUTC();
    private Scheduler retryScheduler = Schedulers.parallel();
    private TypeRegistry typeRegistry = TypeRegistry.builtIn();

    private Builder() {}

    private static String defaultUser() {
      String user = System.getProperty("user.name");
      return user == null || user.isBlank() ? "postgres" : user;
    }

    /**
     * Applies a connection URL: {@code postgresql://user:pass@host:port/db?opt=value}, {@code
     * postgres://...} or {@code r2dbc:postgresql://...}. Parts the URL leaves out keep their
     * current values; query options are those of docs/configuration.md.
     *
     * @throws ConfigurationException naming the part of the URL that is wrong
     */
    public Builder url(String url) {
      ConnectionUrl.parse(url, "the URL").applyTo(this);
      return this;
    }

    /**
     * Applies the environment: {@code PGORM_URL} if set, else the libpq variables {@code PGHOST},
     * {@code PGPORT}, {@code PGDATABASE}, {@code PGUSER}, {@code PGPASSWORD}, {@code PGSSLMODE},
     * {@code PGAPPNAME}, {@code PGCONNECT_TIMEOUT} and {@code PGOPTIONS} (each one that is set).
     */
    public Builder fromEnvironment() {
      return fromEnvironment(System.getenv());
    }

    /** As {@link #fromEnvironment()}, reading the given variables (for tests). */
    public Builder fromEnvironment(Map<String, String> env) {
      EnvironmentSettings.applyTo(this, env);
      return this;
    }

    /** Server host name or IP address. Default {@code localhost}. */
    public Builder host(String host) {
      this.host = requireText(host, "host");
      return this;
    }

    /** Server port. Default {@code 5432}. */
    public Builder port(int port) {
      if (port < 1 || port > 65535) {
        throw new ConfigurationException(
            "port", "must be 1 to 65535, was " + port, null, "the default is 5432");
      }
      this.port = port;
      return this;
    }

    /** Database name. Default: the user name, as libpq does. */
    public Builder database(String database) {
      this.database = requireText(database, "database");
      return this;
    }

    /** Login role. Default: the operating-system user (libpq's default), else {@code postgres}. */
    public Builder username(String username) {
      this.username = requireText(username, "username");
      return this;
    }

    /** Password. Default none (trust or peer authentication). */
    public Builder password(@Nullable String password) {
      this.password = password;
      return this;
    }

    /** TLS negotiation. Default {@link SslMode#PREFER}, like libpq. */
    public Builder sslMode(SslMode sslMode) {
      this.sslMode = Objects.requireNonNull(sslMode, "sslMode");
      return this;
    }

    /** {@code application_name}, shown in {@code pg_stat_activity}. Default {@code pgorm}. */
    public Builder applicationName(String applicationName) {
      this.applicationName = requireText(applicationName, "applicationName");
      return this;
    }

    /** Time allowed to open a connection (TCP, TLS, login). Default 10 s. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Server-side {@code statement_timeout} for every session. Default none. */
    public Builder statementTimeout(@Nullable Duration statementTimeout) {
      this.statementTimeout =
          statementTimeout == null ? null : positive(statementTimeout, "statementTimeout");
      return this;
    }

    /** Server-side {@code lock_timeout} for every session. Default none. */
    public Builder lockTimeout(@Nullable Duration lockTimeout) {
      this.lockTimeout = lockTimeout == null ? null : positive(lockTimeout, "lockTimeout");
      return this;
    }

    /** A run-time parameter sent at session start, e.g. {@code search_path}. Default none. */
    public Builder serverParameter(String name, String value) {
      serverParameters.put(requireText(name, "serverParameter"), Objects.requireNonNull(value));
      return this;
    }

    /**
     * Prepared statements kept per connection; the least recently used is closed beyond it. Default
     * 256; 0 prepares nothing (every statement parsed each time); -1 keeps every one (unbounded).
     */
    public Builder preparedStatementCacheSize(int size) {
      if (size < -1) {
        throw new ConfigurationException(
            "preparedStatementCacheSize",
            "must be -1 (unbounded), 0 (off) or more, was " + size,
            null,
            null);
      }
      this.preparedStatementCacheSize = size;
      return this;
    }

    /** TCP keep-alive on every connection. Default {@code true}. */
    public Builder tcpKeepAlive(boolean tcpKeepAlive) {
      this.tcpKeepAlive = tcpKeepAlive;
      return this;
    }

    /** Pool name, used in errors and as the metrics tag {@code client}. Default {@code pgorm}. */
    public Builder poolName(String poolName) {
      this.poolName = requireText(poolName, "poolName");
      return this;
    }

    /** Idle connections kept open (and opened by warm-up). Default 0. */
    public Builder minIdle(int minIdle) {
      this.minIdle = minIdle;
      return this;
    }

    /** Most connections open at once. Default 10. */
    public Builder maxSize(int maxSize) {
      this.maxSize = maxSize;
      return this;
    }

    /** Longest wait for a pooled connection before {@code PoolExhaustedException}. Default 10 s. */
    public Builder acquireTimeout(Duration acquireTimeout) {
      this.acquireTimeout = positive(acquireTimeout, "acquireTimeout");
      return this;
    }

    /** An idle connection older than this is closed. Default 10 minutes. */
    public Builder maxIdleTime(Duration maxIdleTime) {
      this.maxIdleTime = positive(maxIdleTime, "maxIdleTime");
      return this;
    }

    /** A connection older than this is closed when next released. Default 30 minutes. */
    public Builder maxLifetime(Duration maxLifetime) {
      this.maxLifetime = positive(maxLifetime, "maxLifetime");
      return this;
    }

    /**
     * Check made before a pooled connection is handed out. Default {@link PoolValidation#LOCAL}.
     */
    public Builder validation(PoolValidation validation) {
      this.validation = Objects.requireNonNull(validation, "validation");
      return this;
    }

    /** Where meters go (docs/metrics.md lists them). Default none: metrics cost nothing. */
    public Builder meterRegistry(@Nullable MeterRegistry meterRegistry) {
      this.meterRegistry = meterRegistry;
      return this;
    }

    /** Tags added to every meter. Default none. */
    public Builder metricsTags(Iterable<Tag> tags) {
      tags.forEach(metricsTags::add);
      return this;
    }

    /**
     * Statements slower than this are logged at WARN (SQL, duration, no bound values). Default 1 s;
     * {@link Duration#ZERO} turns the log off.
     */
    public Builder slowStatementThreshold(Duration threshold) {
      if (threshold.isNegative()) {
        throw new ConfigurationException(
            "slowStatementThreshold",
            "must not be negative, was " + threshold,
            null,
            "Duration.ZERO turns the slow-statement log off");
      }
      this.slowStatementThreshold = threshold;
      return this;
    }

    /**
     * Adds a bridge to transactions that something else manages (e.g. Spring's {@code
     * TransactionalOperator}); statements join the connection it names. Default none.
     */
    public Builder transactionBridge(TransactionBridge bridge) {
      transactionBridges.add(Objects.requireNonNull(bridge, "bridge"));
      return this;
    }

    /** Clock for durations and time stamps. Default the UTC system clock; inject for tests. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Where retry back-off delays run. Default {@code Schedulers.parallel()}; inject for tests. */
    public Builder retryScheduler(Scheduler scheduler) {
      this.retryScheduler = Objects.requireNonNull(scheduler, "retryScheduler");
      return this;
    }

    /**
     * The type registry whose codecs every connection registers when it opens: user enums and
     * composites, the JSON mapper. Default {@link TypeRegistry#builtIn()}.
     */
    public Builder typeRegistry(TypeRegistry typeRegistry) {
      this.typeRegistry = Objects.requireNonNull(typeRegistry, "typeRegistry");
      return this;
    }

    /**
     * Checks the rules that span fields and returns the configuration.
     *
     * @throws ConfigurationException naming the option and the rule it breaks
     */
    public PgOrmConfig build() {
      if (maxSize < 1) {
        throw new ConfigurationException(
            "maxSize", "must be at least 1, was " + maxSize, null, null);
      }
      if (minIdle < 0 || minIdle > maxSize) {
        throw new ConfigurationException(
            "minIdle", "must be 0 to maxSize (" + maxSize + "), was " + minIdle, null, null);
      }
      return new PgOrmConfig(this);
    }

    private static String requireText(@Nullable String value, String what) {
      if (value == null || value.isBlank()) {
        throw new ConfigurationException(what, "must not be empty", null, null);
      }
      return value;
    }

    private static Duration positive(@Nullable Duration value, String what) {
      if (value == null || value.isNegative() || value.isZero()) {
        throw new ConfigurationException(
            what,
            "must be a positive duration, was " + value,
            null,
            "write e.g. Duration.ofSeconds(5)");
      }
      return value;
    }
  }
}
