package io.pgorm.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.r2dbc.postgresql.api.PostgresqlConnection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explicit API under the extension: create, inspect and drop test databases and roles. */
class TestDatabaseTest {

  private final DatabaseServer server = DatabaseResolver.forTests().resolve();

  @Test
  void aTestDatabaseIsFreshEmptyUniqueAndGoneAfterClose() {
    TestDatabase first = server.createTestDatabase("TestDatabaseTest");
    TestDatabase second = server.createTestDatabase("TestDatabaseTest");
    try {
      assertThat(first.name()).matches("pgorm_t_testdatabasetest_[a-z0-9]{8}");
      assertThat(second.name()).isNotEqualTo(first.name());
      assertThat(databases()).contains(first.name(), second.name());
      assertThat(
              TestSql.query(
                  first.connectionFactory(),
                  "SELECT current_database() || ' ' || pg_encoding_to_char(encoding)"
                      + " FROM pg_database WHERE datname = current_database()",
                  "SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                      + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')"
                      + " AND n.nspname NOT LIKE 'pg_toast%'"))
          .containsExactly(first.name() + " UTF8", "0");
    } finally {
      first.close();
      second.close();
    }
    assertThat(databases()).doesNotContain(first.name(), second.name());
  }

  @Test
  void closeEndsOpenSessionsDropsTheRoleAndIsIdempotent() {
    TestDatabase database = server.createTestDatabase("x");
    DatabaseRole role = database.appRole();
    // An open session would block a plain DROP DATABASE; WITH (FORCE) ends it.
    PostgresqlConnection open = role.connectionFactory().create().block(Duration.ofSeconds(30));
    try {
      database.close();
      database.close();
    } finally {
      if (open != null) {
        open.close().onErrorComplete().block(Duration.ofSeconds(30));
      }
    }
    assertThat(databases()).doesNotContain(database.name());
    assertThat(roles()).doesNotContain(role.user());
    assertThatThrownBy(database::appRole)
        .isInstanceOf(TestDatabaseException.class)
        .hasMessage("Test database " + database.name() + " is already dropped.");
  }

  @Test
  void longHintsAreCutSoTheNameFitsAnIdentifier() {
    try (TestDatabase database =
        server.createTestDatabase("A Very Long Test Class Name With Spaces And ÜmlautsAndMore")) {
      assertThat(database.name())
          .matches("pgorm_t_a_very_long_test_class_name_wi_[a-z0-9]{8}")
          .hasSizeLessThanOrEqualTo(63);
    }
  }

  @Test
  void ensureDatabaseCreatesOnceAndChecksTheName() {
    String name = "pgorm_t_ensure_" + System.nanoTime();
    try {
      assertThat(server.ensureDatabase(name)).isTrue();
      assertThat(server.ensureDatabase(name)).isFalse();
      assertThat(databases()).contains(name);
    } finally {
      TestSql.query(
          server.connectionFactory(server.maintenanceDatabase()),
          "DROP DATABASE IF EXISTS \"" + name + "\"");
    }
    assertThatThrownBy(() -> server.ensureDatabase("x".repeat(64)))
        .isInstanceOf(TestDatabaseException.class)
        .hasMessage(
            "Database name \""
                + "x".repeat(64)
                + "\" is 64 bytes long; PostgreSQL needs 1 to 63 bytes. Choose a shorter name.");
  }

  private List<String> databases() {
    return TestSql.query(
        server.connectionFactory(server.maintenanceDatabase()), "SELECT datname FROM pg_database");
  }

  private List<String> roles() {
    return TestSql.query(
        server.connectionFactory(server.maintenanceDatabase()), "SELECT rolname FROM pg_roles");
  }
}
