package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.AuthenticationException;
import io.pgorm.error.PgOrmException;
import io.pgorm.test.TestDatabase;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQLSTATE 28P01, for real. The shared test servers trust local logins, so this class starts a
 * private embedded server whose pg_hba.conf asks everyone but the superuser for a SCRAM password.
 * (Not {@link TestDatabase}: its server is shared, and its authentication is not ours to change.)
 */
class PasswordErrorsTest {

  private static EmbeddedPostgres server;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    Path hba = dir.resolve("pg_hba.conf");
    Files.writeString(
        hba,
        "local all all trust\n"
            + "host all postgres 127.0.0.1/32 trust\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n");
    server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
    Sql.setUp(factory("postgres", null), "CREATE ROLE clerk LOGIN PASSWORD 'right horse'");
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static PostgresqlConnectionFactory factory(String user, String password) {
    return new PostgresqlConnectionFactory(
        PostgresqlConnectionConfiguration.builder()
            .host("127.0.0.1")
            .port(server.getPort())
            .username(user)
            .password(password)
            .database("postgres")
            .build());
  }

  @Test
  void wrongPassword() {
    PgOrmException e = failure(factory("clerk", "wrong battery").create());

    assertThat(e)
        .isInstanceOf(AuthenticationException.class)
        .hasMessage(
            "password authentication failed for user \"clerk\" [28P01]. Hint: Check the user name"
                + " and password.");
    assertThat(e.getMessage()).doesNotContain("battery");
  }
}
