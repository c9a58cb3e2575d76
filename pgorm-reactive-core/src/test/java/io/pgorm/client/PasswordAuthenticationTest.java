package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.error.AuthenticationException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A wrong password, for real: the shared servers trust every local login, so this class starts a
 * private embedded server whose pg_hba.conf asks for SCRAM passwords.
 */
class PasswordAuthenticationTest {

  private static EmbeddedPostgres server;

  @BeforeAll
  static void start(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    Path hba = dir.resolve("pg_hba.conf");
    Files.writeString(
        hba,
        "local all all trust\n"
            + "host all postgres 127.0.0.1/32 trust\n"
            + "host all all 127.0.0.1/32 scram-sha-256\n");
    server = EmbeddedPostgres.builder().setServerConfig("hba_file", hba.toString()).start();
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE ROLE shopper LOGIN PASSWORD 'right horse battery'");
    }
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
  }

  private static String url(String password) {
    return "postgresql://shopper:"
        + password.replace(" ", "%20")
        + "@127.0.0.1:"
        + server.getPort()
        + "/postgres?sslmode=disable";
  }

  @Test
  void wrongPasswordIsOneClearError() {
    try (PgOrm db = PgOrm.connect(url("wrong"))) {
      assertThatThrownBy(() -> db.sql("SELECT 1").execute().block())
          .isInstanceOf(AuthenticationException.class)
          .hasMessageContaining("28P01")
          .hasMessageContaining("password authentication failed for user \"shopper\"")
          .hasMessageNotContaining("wrong");
      assertThat(db.poolStats().acquired()).isZero();
    }
  }

  @Test
  void rightPasswordLogsIn() {
    try (PgOrm db = PgOrm.connect(url("right horse battery"))) {
      assertThat(db.sql("SELECT current_user").first((r, m) -> r.get(0, String.class)).block())
          .isEqualTo("shopper");
    }
  }
}
