package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.error.LockNotAvailableException;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.files.SqlStatement;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Which statements run in a transaction, where commits go, and lock_timeout. */
@PgTest
class TransactionRulesTest {

  Fixture f;

  @BeforeEach
  void setUp(DatabaseServer server, @TempDir Path dir) {
    f = Fixture.create(server, dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void createIndexConcurrentlyRunsOutsideTheTransactionAndIsRecorded() {
    f.write(
        "20250101000000_item",
        "CREATE TABLE item (id int, name text);\n"
            + "INSERT INTO item SELECT g, 'n' || g FROM generate_series(1, 100) g;\n"
            + "CREATE INDEX CONCURRENTLY item_name_idx ON item (name);\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY item_id_idx ON item (id);\n"
            + "COMMENT ON INDEX item_id_idx IS 'unique ids';\n"
            + "VACUUM (ANALYZE) item;\n",
        "DROP INDEX CONCURRENTLY item_name_idx;\nDROP TABLE item;\n");

    MigrationResult r = f.migrate().migrations().get(0);

    assertThat(r.statements()).isEqualTo(6);
    assertThat(r.noTransactionStatements()).isEqualTo(3);
    assertThat(
            f.rows(
                "SELECT indexrelid::regclass || ' ' || indisvalid FROM pg_index"
                    + " WHERE indrelid = 'item'::regclass ORDER BY 1"))
        .containsExactly("item_id_idx true", "item_name_idx true");
    assertThat(
            f.one(
                "SELECT statements_applied || ' ' || no_transaction_statements || ' ' || state"
                    + " FROM pgorm.schema_migrations"))
        .isEqualTo("6 3 applied");
  }

  @Test
  void aNewEnumValueCanBeUsedLaterInTheSameMigration() {
    f.write("20250101000000_mood", "CREATE TYPE mood AS ENUM ('ok');", null);
    f.migrate();
    List<String> statements =
        List.of(
            "ALTER TYPE mood ADD VALUE 'great'",
            "ALTER TYPE mood ADD VALUE 'meh' BEFORE 'ok'",
            "CREATE TABLE feeling (m mood NOT NULL DEFAULT 'great')",
            "INSERT INTO feeling VALUES ('great'), ('meh')");
    // In one transaction, PostgreSQL refuses to use the value before ADD VALUE commits.
    assertThatThrownBy(() -> Databases.apply(f.db, statements))
        .hasMessageContaining("unsafe use of new value \"great\" of enum type mood [55P04]");

    f.write("20250102000000_great", String.join(";\n", statements) + ";\n", null);
    MigrationResult r = f.migrate().migrations().get(0);

    assertThat(r.statements()).isEqualTo(4);
    assertThat(r.noTransactionStatements()).isZero();
    assertThat(f.rows("SELECT m::text AS label FROM feeling ORDER BY m"))
        .containsExactly("meh", "great");
  }

  @Test
  void aNoTransactionFileCommitsEachStatement() {
    f.write(
        "20250101000000_loose",
        "-- pgorm:no-transaction\nCREATE TABLE a (id int);\nINSERT INTO a VALUES (1);\nSELECT 1/0;\n",
        null);
    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());
    assertThat(e.committedStatements()).extracting(SqlStatement::line).containsExactly(2, 3);
    assertThat(f.one("SELECT count(*) FROM a")).isEqualTo("1");
    assertThat(
            f.one(
                "SELECT statements_applied || ' ' || no_transaction_statements || ' ' || state"
                    + " FROM pgorm.schema_migrations"))
        .isEqualTo("2 2 failed");
  }

  @Test
  void lockTimeoutStopsAMigrationThatWaitsForATableLock() {
    f.write("20250101000000_t", "CREATE TABLE t (a int);", null);
    f.migrate();
    f.write("20250102000000_alter", "ALTER TABLE t ADD COLUMN b int;", null);
    f.write(
        "20250103000000_alter_again",
        "-- pgorm:lock-timeout 100ms\nALTER TABLE t ADD COLUMN c int;",
        null);
    PostgresqlConnection blocker = Fixture.block(f.db.openDedicatedConnection().block());
    try {
      run(blocker, "BEGIN", "LOCK TABLE t IN ACCESS SHARE MODE");

      MigrationFailedException e =
          catchThrowableOfType(
              MigrationFailedException.class,
              () -> f.migrator(b -> b.lockTimeout(Duration.ofMillis(150))).migrate().block());
      assertThat(e.getCause()).isInstanceOf(LockNotAvailableException.class);
      assertThat(e.sqlState()).isEqualTo("55P03");
      assertThat(e)
          .hasMessageContaining(
              "(statement 1 of 1): canceling statement due to lock timeout [55P03]");
      assertThat(e.version()).isEqualTo("20250102000000");

      // The file's own lock-timeout applies without the option.
      f.run("DELETE FROM pgorm.schema_migrations WHERE version = '20250102000000'");
      f.write("20250102000000_alter", "SELECT 1;", null);
      MigrationFailedException again =
          catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());
      assertThat(again.version()).isEqualTo("20250103000000");
      assertThat(again.sqlState()).isEqualTo("55P03");
    } finally {
      Mono.from(blocker.close()).block();
    }
    assertThat(f.migrate().migrations()).hasSize(1);
    assertThat(
            f.one(
                "SELECT count(*) FROM pg_attribute WHERE attrelid = 't'::regclass AND attnum > 0"))
        .isEqualTo("2");
  }

  static void run(PostgresqlConnection c, String... statements) {
    Flux.fromArray(statements)
        .concatMap(
            s -> Flux.from(c.createStatement(s).execute()).concatMap(r -> r.getRowsUpdated()))
        .then()
        .block(Fixture.TIMEOUT);
  }
}
