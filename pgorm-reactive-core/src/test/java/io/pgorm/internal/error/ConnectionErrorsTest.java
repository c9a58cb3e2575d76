package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static io.pgorm.internal.error.Sql.run;
import static io.pgorm.internal.error.Sql.script;
import static io.pgorm.internal.error.Sql.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.AuthenticationException;
import io.pgorm.error.ConnectionException;
import io.pgorm.error.InsufficientResourcesException;
import io.pgorm.error.ObjectInUseException;
import io.pgorm.error.PgOrmException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Sessions ending, refused connections and logins, for real. */
@PgTest
class ConnectionErrorsTest {

  static TestDatabase db;

  @BeforeAll
  static void create(TestDatabase database) {
    db = database;
  }

  @Test
  void terminatedByAdministratorWhileRunning() {
    // b waits (server-side, no client sleep) until a is inside pg_sleep, then terminates it.
    String terminate =
        "DO $$ DECLARE victim int := %d; BEGIN"
            + " WHILE NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE pid = victim"
            + " AND state = 'active' AND query LIKE 'SELECT pg_sleep%%') LOOP"
            + " PERFORM pg_sleep(0.01); END LOOP;"
            + " PERFORM pg_terminate_backend(victim); END $$";
    PgOrmException e =
        failure(
            with(
                db.connectionFactory(),
                a ->
                    Mono.from(a.createStatement("SELECT pg_backend_pid()").execute())
                        .flatMap(r -> Mono.from(r.map((row, meta) -> row.get(0, Integer.class))))
                        .flatMap(
                            pid ->
                                Mono.when(
                                    run(a, "SELECT pg_sleep(30)"),
                                    script(db.connectionFactory(), terminate.formatted(pid))))));

    assertThat(e)
        .isInstanceOf(ConnectionException.class)
        .hasMessage(
            "terminating connection due to administrator command [57P01]. Hint: The session is"
                + " gone: use a new connection. Work in flight was rolled back, except a COMMIT"
                + " whose reply was lost: its outcome is unknown.");
    assertThat(e.serverError()).isNotNull();
    assertThat(e.serverError().severity()).isEqualTo("FATAL");
  }

  @Test
  void statementOnAClosedConnection() {
    PgOrmException e =
        failure(
            Mono.from(db.connectionFactory().create())
                .flatMap(c -> Mono.from(c.close()).then(run(c, "SELECT 1"))));

    assertThat(e)
        .isInstanceOf(ConnectionException.class)
        .hasMessage(
            "Cannot exchange messages because the connection is closed [08006]. Hint: The"
                + " session is gone: use a new connection. Work in flight was rolled back, except"
                + " a COMMIT whose reply was lost: its outcome is unknown.");
    assertThat(e.serverError()).isNull();
  }

  @Test
  void connectionRefusedOnAClosedPort() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort(); // free now, and nobody listens once closed
    }
    PostgresqlConnectionFactory closedPort =
        new PostgresqlConnectionFactory(
            PostgresqlConnectionConfiguration.builder()
                .host("127.0.0.1")
                .port(port)
                .username("postgres")
                .build());

    PgOrmException e = failure(closedPort.create());

    assertThat(e)
        .isInstanceOf(ConnectionException.class)
        // The driver prints the address as 127.0.0.1/<unresolved>:port; netty adds error codes.
        .hasMessageStartingWith("Cannot connect to 127.0.0.1/")
        .hasMessageContaining(":" + port + " [08003] — ")
        .hasMessageContaining("Connection refused")
        .hasMessageEndingWith(
            "Hint: Check that PostgreSQL runs at that host and port and accepts connections"
                + " (listen_addresses, pg_hba.conf, firewall).");
  }

  @Test
  void unknownDatabase() {
    PgOrmException e =
        failure(Sql.factory(db, db.user(), db.password(), db.name() + "_nope").create());

    assertThat(e)
        .isInstanceOf(ConnectionException.class)
        .hasMessage(
            "database \""
                + db.name()
                + "_nope\" does not exist [3D000]. Hint: Check the"
                + " database name in the connection settings.");
  }

  @Test
  void roleWithoutLogin() {
    // Roles are cluster-wide: a random name, dropped below. With a password, so that a server
    // that checks passwords gets past authentication to the check this test is about.
    String role = "pgorm_errors_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    Sql.setUp(db.connectionFactory(), "CREATE ROLE " + role + " NOLOGIN PASSWORD 'secret'");
    try {
      PgOrmException e = failure(Sql.factory(db, role, "secret", db.name()).create());

      assertThat(e)
          .isInstanceOf(AuthenticationException.class)
          .hasMessage(
              "role \""
                  + role
                  + "\" is not permitted to log in [28000]. Hint: Check the user"
                  + " name, that the role has LOGIN, and pg_hba.conf.");
    } finally {
      Sql.setUp(db.connectionFactory(), "DROP ROLE " + role);
    }
  }

  @Test
  void tooManyConnectionsForRole() {
    // Roles are cluster-wide: a random name, dropped below. With a password, so that a server
    // that checks passwords gets past authentication to the check this test is about.
    String role = "pgorm_errors_" + UUID.randomUUID().toString().substring(0, 8).replace("-", "");
    Sql.setUp(
        db.connectionFactory(),
        "CREATE ROLE " + role + " LOGIN CONNECTION LIMIT 0 PASSWORD 'secret'");
    try {
      PgOrmException e = failure(Sql.factory(db, role, "secret", db.name()).create());

      assertThat(e)
          .isInstanceOf(InsufficientResourcesException.class)
          .hasMessage(
              "too many connections for role \""
                  + role
                  + "\" [53300]. Hint: The server has no"
                  + " free connection slots: lower maxSize or raise max_connections.");
    } finally {
      Sql.setUp(db.connectionFactory(), "DROP ROLE " + role);
    }
  }

  @Test
  void dropTableStillUsedByAnOpenCursor() {
    PgOrmException e =
        failure(
            script(
                db.connectionFactory(),
                "CREATE TABLE busy (id int)",
                "BEGIN",
                "DECLARE c CURSOR FOR SELECT * FROM busy",
                "DROP TABLE busy"));

    assertThat(e)
        .isInstanceOf(ObjectInUseException.class)
        .hasMessage(
            "cannot DROP TABLE \"busy\" because it is being used by active queries in this session"
                + " [55006]. Hint: The object is in use (by another session, or by an open cursor in"
                + " this one): wait for it or end that use (see pg_stat_activity).");
  }
}
