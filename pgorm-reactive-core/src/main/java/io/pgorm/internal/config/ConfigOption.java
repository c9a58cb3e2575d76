package io.pgorm.internal.config;

import io.pgorm.PgOrmConfig;
import io.pgorm.PoolValidation;
import io.pgorm.SslMode;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * The options a URL query string may carry, each with its spellings (libpq's snake case and our
 * camel case) and how it sets the builder. One table, so the URL, the environment and the docs
 * agree on what exists.
 */
enum ConfigOption {
  HOST((b, v) -> b.host(v), "host"),
  PORT((b, v) -> b.port(whole(v)), "port"),
  DATABASE((b, v) -> b.database(v), "dbname", "database"),
  USER((b, v) -> b.username(v), "user", "username"),
  PASSWORD((b, v) -> b.password(v), "password"),
  SSL_MODE((b, v) -> b.sslMode(SslMode.parse(v)), "sslmode", "sslMode"),
  APPLICATION_NAME((b, v) -> b.applicationName(v), "application_name", "applicationName"),
  CONNECT_TIMEOUT(
      (b, v) -> b.connectTimeout(Durations.parse(v, ChronoUnit.SECONDS)),
      "connect_timeout",
      "connectTimeout"),
  STATEMENT_TIMEOUT(
      (b, v) -> b.statementTimeout(Durations.parse(v, ChronoUnit.MILLIS)),
      "statement_timeout",
      "statementTimeout"),
  LOCK_TIMEOUT(
      (b, v) -> b.lockTimeout(Durations.parse(v, ChronoUnit.MILLIS)),
      "lock_timeout",
      "lockTimeout"),
  OPTIONS(ServerOptions::applyTo, "options"),
  PREPARED_STATEMENT_CACHE(
      (b, v) -> b.preparedStatementCacheSize(whole(v)),
      "preparedStatementCacheSize",
      "preparedStatementCacheQueries"),
  TCP_KEEP_ALIVE((b, v) -> b.tcpKeepAlive(parseBoolean(v)), "tcpKeepAlive", "keepalives"),
  POOL_NAME((b, v) -> b.poolName(v), "poolName"),
  MIN_IDLE((b, v) -> b.minIdle(whole(v)), "minIdle"),
  MAX_SIZE((b, v) -> b.maxSize(whole(v)), "maxSize", "poolSize"),
  ACQUIRE_TIMEOUT(
      (b, v) -> b.acquireTimeout(Durations.parse(v, ChronoUnit.MILLIS)),
      "acquireTimeout",
      "maxAcquireTime"),
  MAX_IDLE_TIME((b, v) -> b.maxIdleTime(Durations.parse(v, ChronoUnit.MILLIS)), "maxIdleTime"),
  MAX_LIFETIME(
      (b, v) -> b.maxLifetime(Durations.parse(v, ChronoUnit.MILLIS)), "maxLifetime", "maxLifeTime"),
  VALIDATION(
      (b, v) -> b.validation(PoolValidation.valueOf(v.trim().toUpperCase(Locale.ROOT))),
      "validation");

  private static final Map<String, ConfigOption> BY_NAME;

  static {
    Map<String, ConfigOption> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (ConfigOption option : values()) {
      for (String name : option.names) {
        byName.put(name, option);
      }
    }
    BY_NAME = Collections.unmodifiableMap(byName);
  }

  private final BiConsumer<PgOrmConfig.Builder, String> setter;
  private final List<String> names;

  ConfigOption(BiConsumer<PgOrmConfig.Builder, String> setter, String... names) {
    this.setter = setter;
    this.names = List.of(names);
  }

  /** The option of that name (case-insensitive), or {@code null}. */
  static @org.jspecify.annotations.Nullable ConfigOption named(String name) {
    return BY_NAME.get(name);
  }

  /** Every accepted spelling, for "expected one of" messages. */
  static String allNames() {
    return String.join(", ", BY_NAME.keySet());
  }

  /** The first spelling: libpq's where libpq has the option. */
  String canonicalName() {
    return names.get(0);
  }

  void apply(PgOrmConfig.Builder builder, String value) {
    setter.accept(builder, value);
  }

  private static int whole(String v) {
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + v + "' is not a whole number", e);
    }
  }

  private static boolean parseBoolean(String v) {
    switch (v.trim().toLowerCase(Locale.ROOT)) {
      case "true":
      case "1":
      case "on":
      case "yes":
        return true;
      case "false":
      case "0":
      case "off":
      case "no":
        return false;
      default:
        throw new IllegalArgumentException("'" + v + "' is not a boolean; write true or false");
    }
  }
}
