package io.pgorm.internal.error;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.Connection;
import java.time.Duration;
import java.util.UUID;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A fresh database (and a non-superuser role) on the PostgreSQL at 127.0.0.1:5432, for one test
 * class; dropped by {@link #close()}. Stands in until the shared {@code @PgTest} extension of
 * pgorm-reactive-test lands; tests use only what that extension will offer.
 */
final class LocalDatabase implements AutoCloseable {

  static final String HOST = "127.0.0.1";
  static final int PORT = 5432;
  static final String SUPERUSER = "postgres";

  private final String database;
  private final String appRole;

  private LocalDatabase(String database, String appRole) {
    this.database = database;
    this.appRole = appRole;
  }

  /** Creates a database and a LOGIN role without superuser, both with random names. */
  static LocalDatabase create() {
    String suffix = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    LocalDatabase db = new LocalDatabase("pgorm_errors_" + suffix, "pgorm_errors_app_" + suffix);
    execute(
        factory(SUPERUSER, "postgres"),
        "CREATE DATABASE " + db.database,
        "CREATE ROLE " + db.appRole + " LOGIN");
    return db;
  }

  String database() {
    return database;
  }

  /** A non-superuser role that may log in; it owns nothing and has no grants. */
  String appRole() {
    return appRole;
  }

  /** Connections to this database as the superuser. */
  PostgresqlConnectionFactory connectionFactory() {
    return factory(SUPERUSER, database);
  }

  static PostgresqlConnectionFactory factory(String user, String database) {
    return new PostgresqlConnectionFactory(
        PostgresqlConnectionConfiguration.builder()
            .host(HOST)
            .port(PORT)
            .username(user)
            .database(database)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  /** Runs the statements in order on one connection of this database, as the superuser. */
  void execute(String... statements) {
    execute(connectionFactory(), statements);
  }

  private static void execute(PostgresqlConnectionFactory factory, String... statements) {
    Mono.usingWhen(
            factory.create(),
            c -> Flux.fromArray(statements).concatMap(sql -> Sql.run(c, sql)).then(),
            Connection::close)
        .block(Duration.ofSeconds(30));
  }

  @Override
  public void close() {
    execute(
        factory(SUPERUSER, "postgres"),
        "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)",
        "DROP ROLE IF EXISTS " + appRole);
  }
}
