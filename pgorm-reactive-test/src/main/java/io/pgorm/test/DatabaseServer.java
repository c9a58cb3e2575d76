package io.pgorm.test;

import io.pgorm.test.internal.Databases;
import io.pgorm.test.internal.Names;
import io.pgorm.test.internal.ServerSpec;
import io.pgorm.test.internal.Sql;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL server found by {@link DatabaseResolver}, reached as a superuser (or as the user of
 * the configured URL). One instance per server per JVM. The methods that run SQL block the calling
 * thread, with a timeout: this is test and example set-up, not library code.
 */
public final class DatabaseServer {

  private final ServerSpec spec;

  DatabaseServer(ServerSpec spec) {
    this.spec = spec;
  }

  /**
   * How the server was resolved: the variable or property that named it (e.g. {@code
   * PGORM_TEST_URL}), {@code testcontainers}, or {@code embedded PostgreSQL 17.6}.
   */
  public String label() {
    return spec.label();
  }

  /** The host name or address to connect to. */
  public String host() {
    return spec.admin().host();
  }

  /** The TCP port to connect to. */
  public int port() {
    return spec.admin().port();
  }

  /** The superuser's name ({@code postgres} unless the URL names another user). */
  public String user() {
    return spec.admin().user();
  }

  /** The superuser's password, or {@code null} when the server needs none (trust auth). */
  public @Nullable String password() {
    return spec.admin().password();
  }

  /** The database to connect to for administration: the URL's, else {@code postgres}. */
  public String maintenanceDatabase() {
    return spec.admin().database();
  }

  /**
   * The superuser's URL for {@code database}, as psql and libpq take it.
   *
   * @return {@code postgresql://user:password@host:port/database}, plus the configured URL's query
   *     parameters
   */
  public String url(String database) {
    return spec.admin().withDatabase(database).url();
  }

  /**
   * The superuser's R2DBC URL for {@code database}.
   *
   * @return {@code r2dbc:postgresql://user:password@host:port/database}, plus the configured URL's
   *     query parameters
   */
  public String r2dbcUrl(String database) {
    return spec.admin().withDatabase(database).r2dbcUrl();
  }

  /**
   * A new connection factory for the superuser on {@code database}. It holds no connection: each
   * subscription to {@code create()} opens one, which the subscriber must close.
   */
  public PostgresqlConnectionFactory connectionFactory(String database) {
    return spec.admin().withDatabase(database).connectionFactory();
  }

  /**
   * Creates the database {@code name} (UTF8, from {@code template0}) unless it exists. Examples use
   * it to get a database of their own that survives between runs.
   *
   * @return whether it was created by this call
   * @throws TestDatabaseException if the name is empty or longer than 63 bytes, or creation fails
   */
  public boolean ensureDatabase(String name) {
    int bytes = name.getBytes(StandardCharsets.UTF_8).length;
    if (bytes == 0 || bytes > Names.MAX_IDENTIFIER) {
      throw new TestDatabaseException(
          "Database name \""
              + name
              + "\" is "
              + bytes
              + " bytes long; PostgreSQL needs 1 to 63 bytes. Choose a shorter name.");
    }
    if (Databases.exists(spec.admin(), name)) {
      return false;
    }
    try {
      Databases.createFromTemplate0(spec.admin(), name, "database " + name);
      return true;
    } catch (TestDatabaseException e) {
      if (e.getMessage().contains("[42P04]")) {
        return false; // another process created it meanwhile
      }
      throw e;
    }
  }

  /**
   * Creates a fresh, empty database with a random name, as {@link PgDatabaseExtension} does for
   * each test class. The caller owns it: {@link TestDatabase#close()} drops it.
   *
   * @param hint a readable part of the name, e.g. the test class's simple name
   */
  public TestDatabase createTestDatabase(String hint) {
    return TestDatabase.create(this, spec, hint);
  }

  /** The label and address, without the password. */
  @Override
  public String toString() {
    return label() + " at " + host() + ":" + port() + " (user " + Sql.ident(user()) + ")";
  }
}
