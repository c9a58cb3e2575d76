package io.pgorm.test.internal;

import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.PostgresqlConnectionFactoryProvider;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Where and as whom to connect: one database on one server, with the URL query parameters kept as
 * given so that both URL forms carry them (the driver reads {@code sslmode} and its own camelCase
 * options from them and ignores the rest).
 */
public record Endpoint(
    String host,
    int port,
    String user,
    @Nullable String password,
    String database,
    Map<String, String> params) {

  /** Connect timeout unless the URL names one, so a dead server fails a test, not the build. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

  public Endpoint {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public Endpoint withDatabase(String name) {
    return new Endpoint(host, port, user, password, name, params);
  }

  public Endpoint withLogin(String name, @Nullable String secret) {
    return new Endpoint(host, port, name, secret, database, params);
  }

  /** {@code postgresql://user:password@host:port/database?params}, as libpq and psql take it. */
  public String url() {
    return "postgresql://" + authority(password) + tail();
  }

  /** {@code r2dbc:postgresql://...}, as {@code ConnectionFactories.get(String)} takes it. */
  public String r2dbcUrl() {
    return "r2dbc:" + url();
  }

  /** A new driver connection factory; it holds no connection until subscribed. */
  public PostgresqlConnectionFactory connectionFactory() {
    ConnectionFactoryOptions.Builder options =
        ConnectionFactoryOptions.builder()
            .option(ConnectionFactoryOptions.DRIVER, "postgresql")
            .option(ConnectionFactoryOptions.HOST, host)
            .option(ConnectionFactoryOptions.PORT, port)
            .option(ConnectionFactoryOptions.USER, user)
            .option(ConnectionFactoryOptions.DATABASE, database)
            .option(ConnectionFactoryOptions.CONNECT_TIMEOUT, CONNECT_TIMEOUT);
    if (password != null) {
      options.option(ConnectionFactoryOptions.PASSWORD, password);
    }
    params.forEach((key, value) -> options.option(Option.<String>valueOf(key), value));
    return new PostgresqlConnectionFactoryProvider().create(options.build());
  }

  /** The URL with the password masked, for messages and logs. */
  @Override
  public String toString() {
    return "postgresql://" + authority(password == null ? null : "***") + tail();
  }

  private String authority(@Nullable String secret) {
    String login = encode(user) + (secret == null ? "" : ":" + encode(secret));
    String hostPart = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
    return login + "@" + hostPart + ":" + port;
  }

  private String tail() {
    StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
    params.forEach((key, value) -> query.add(encode(key) + "=" + encode(value)));
    return "/" + encode(database) + query;
  }

  static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
