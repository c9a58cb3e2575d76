package io.pgorm.test;

import io.pgorm.test.internal.Databases;
import io.pgorm.test.internal.Endpoint;
import io.pgorm.test.internal.Names;
import io.pgorm.test.internal.ServerSpec;
import io.pgorm.test.internal.Templates;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import org.jspecify.annotations.Nullable;

/**
 * A fresh database of its own for one test class, with superuser access and, on demand, a
 * non-superuser {@link #appRole() application role}. {@link PgDatabaseExtension} creates one before
 * the class's tests and drops it (and the role) after them; {@link
 * DatabaseServer#createTestDatabase(String)} makes one by hand. Thread-safe.
 */
public final class TestDatabase implements AutoCloseable {

  private final DatabaseServer server;
  private final ServerSpec spec;
  private final Endpoint endpoint;
  private @Nullable PostgresqlConnectionFactory factory;
  private @Nullable DatabaseRole appRole;
  private boolean closed;

  private TestDatabase(DatabaseServer server, ServerSpec spec, String name) {
    this.server = server;
    this.spec = spec;
    this.endpoint = spec.admin().withDatabase(name);
  }

  static TestDatabase create(DatabaseServer server, ServerSpec spec, String hint) {
    String name = Names.database(hint);
    Databases.createFrom(spec.admin(), name, Templates.of(spec));
    return new TestDatabase(server, spec, name);
  }

  /** The database's name: {@code pgorm_t_<hint>_<random>}. */
  public String name() {
    return endpoint.database();
  }

  /** The server's host name or address. */
  public String host() {
    return endpoint.host();
  }

  /** The server's TCP port. */
  public int port() {
    return endpoint.port();
  }

  /** The superuser's name. */
  public String user() {
    return endpoint.user();
  }

  /** The superuser's password, or {@code null} when the server needs none (trust auth). */
  public @Nullable String password() {
    return endpoint.password();
  }

  /** The superuser's URL for this database: {@code postgresql://user:password@host:port/name}. */
  public String url() {
    return endpoint.url();
  }

  /** The superuser's R2DBC URL: {@code r2dbc:postgresql://user:password@host:port/name}. */
  public String r2dbcUrl() {
    return endpoint.r2dbcUrl();
  }

  /**
   * A connection factory for the superuser on this database, the same instance on every call. It
   * holds no connection: each subscription to {@code create()} opens one, which the subscriber must
   * close. Superusers bypass row-level security: use {@link #appRole()} to test policies.
   */
  public synchronized PostgresqlConnectionFactory connectionFactory() {
    if (factory == null) {
      factory = endpoint.connectionFactory();
    }
    return factory;
  }

  /**
   * The application role for this database, created on the first call: a random-named login role
   * with a random password, {@code NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE}, so that
   * row-level security applies to it. It may connect, create schemas and temporary tables, has all
   * rights on schema {@code public} and its tables and sequences, and gets all rights on tables and
   * sequences the superuser creates later. Dropped with the database.
   *
   * @throws TestDatabaseException if the role cannot be created, or the database is closed
   */
  public synchronized DatabaseRole appRole() {
    checkOpen();
    if (appRole == null) {
      String role = Names.role();
      try {
        appRole =
            new DatabaseRole(Databases.createAppRole(spec.admin(), name(), role, Names.password()));
      } catch (TestDatabaseException e) {
        // Roles are cluster-wide: a half-made one would outlive this database.
        try {
          Databases.dropRole(spec.admin(), role);
        } catch (TestDatabaseException suppressed) {
          e.addSuppressed(suppressed);
        }
        throw e;
      }
    }
    return appRole;
  }

  /** The server this database lives on. */
  public DatabaseServer server() {
    return server;
  }

  /**
   * Drops the database, ending its open sessions ({@code DROP DATABASE ... WITH (FORCE)}), then the
   * application role if one was made. Idempotent. {@link PgDatabaseExtension} calls it after the
   * test class; call it only on databases you created with {@link
   * DatabaseServer#createTestDatabase(String)}.
   *
   * @throws TestDatabaseException if a drop fails
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    try {
      Databases.drop(spec.admin(), name());
    } finally {
      if (appRole != null) {
        Databases.dropRole(spec.admin(), appRole.user());
      }
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new TestDatabaseException("Test database " + name() + " is already dropped.");
    }
  }

  /** The name and server, without the password. */
  @Override
  public String toString() {
    return name() + " on " + server;
  }
}
