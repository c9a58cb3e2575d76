package io.pgorm.test;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.test.internal.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Forced embedded mode: the server starts here, as root too, and only once per JVM. */
@Tag("smoke")
class EmbeddedModeTest {

  private static DatabaseResolver embedded() {
    return new DatabaseResolver(
        "PGORM_TEST_URL", "PGORM_TEST_MODE", Map.of("pgorm.test.mode", "embedded")::get);
  }

  @Test
  void embeddedServerRunsPostgresql17AndStartsOncePerJvm() {
    DatabaseServer first = embedded().resolve();
    DatabaseServer second = embedded().resolve();

    assertThat(second).isSameAs(first);
    assertThat(EmbeddedServer.starts()).isEqualTo(1);
    assertThat(first.label()).startsWith("embedded PostgreSQL 17.");
    assertThat(first.user()).isEqualTo("postgres");
    assertThat(first.password()).isNull();
    assertThat(first.maintenanceDatabase()).isEqualTo("postgres");
    assertThat(first.url("postgres"))
        .isEqualTo("postgresql://postgres@localhost:" + first.port() + "/postgres");
    assertThat(first.r2dbcUrl("x")).isEqualTo("r2dbc:" + first.url("x"));
  }

  @Test
  void embeddedServerGivesTestDatabasesAndAppRoles() {
    DatabaseServer server = embedded().resolve();
    String name;
    try (TestDatabase database = server.createTestDatabase("EmbeddedModeTest")) {
      name = database.name();
      DatabaseRole role = database.appRole();
      assertThat(
              TestSql.query(
                  role.connectionFactory(),
                  "CREATE TABLE t (id int)",
                  "INSERT INTO t VALUES (1)",
                  "SELECT current_user || ' ' || count(*) FROM t"))
          .containsExactly(role.user() + " 1");
    }
    assertThat(name).startsWith("pgorm_t_embeddedmodetest_");
  }
}
