package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.migrate.IrreversibleMigrationException;
import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.files.Migration;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling back with down.sql, and what cannot be rolled back. */
@PgTest
class DownTest {

  static final String CUSTOMER = "20250101000000_customer";
  static final String EMAIL = "20250102000000_email";
  static final String INDEX = "20250103000000_email_index";

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
  void upDownUpRoundTrip() {
    f.migrate(); // no migrations yet: creates the history table only
    String empty = schema();
    writeThree("ALTER TABLE customer DROP COLUMN email;\n");
    f.migrate();
    String full = schema();

    MigrationReport one = down(1);
    assertThat(one.direction()).isEqualTo(MigrationDirection.DOWN);
    assertThat(one.migrations())
        .extracting(
            MigrationResult::id,
            MigrationResult::statements,
            MigrationResult::noTransactionStatements)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(INDEX, 1, 1));
    assertThat(schema()).isNotEqualTo(full).doesNotContain("customer_email_idx");
    assertThat(
            f.one(
                "SELECT state || ' ' || (rolled_back_at IS NOT NULL) FROM pgorm.schema_migrations"
                    + " WHERE version = '20250103000000'"))
        .isEqualTo("rolled_back true");

    assertThat(down(2).migrations())
        .extracting(MigrationResult::id)
        .containsExactly(EMAIL, CUSTOMER);
    assertThat(schema()).isEqualTo(empty);
    assertThat(f.rows("SELECT state FROM pgorm.schema_migrations")).containsOnly("rolled_back");
    assertThat(f.status().pending())
        .extracting(Migration::id)
        .containsExactly(CUSTOMER, EMAIL, INDEX);

    assertThat(f.migrate().migrations()).hasSize(3);
    assertThat(schema()).isEqualTo(full);
    assertThat(
            f.rows("SELECT state || ' ' || (rolled_back_at IS NULL) FROM pgorm.schema_migrations"))
        .containsOnly("applied true");
  }

  @Test
  void downRefusesAnIrreversibleMigrationBeforeRunningAnything() {
    writeThree("-- pgorm:irreversible the column's data cannot be restored\n");
    f.migrate();
    String before = f.snapshot();

    assertThatThrownBy(() -> down(2))
        .isInstanceOf(IrreversibleMigrationException.class)
        .hasMessage(
            "Cannot roll back "
                + EMAIL
                + ": its down.sql says: the column's data cannot be restored. Nothing was rolled"
                + " back (down(2) would roll back "
                + INDEX
                + ", "
                + EMAIL
                + "). Hint: roll back fewer migrations, or restore by other means (a backup).")
        .satisfies(
            e ->
                assertThat(((IrreversibleMigrationException) e).version())
                    .isEqualTo("20250102000000"));
    assertThat(f.snapshot()).isEqualTo(before);

    assertThat(down(1).migrations()).extracting(MigrationResult::id).containsExactly(INDEX);
  }

  @Test
  void aMigrationWithoutDownSqlIsIrreversible() {
    f.write(CUSTOMER, "CREATE TABLE customer (id int);", null);
    f.migrate();
    assertThatThrownBy(() -> down(1))
        .isInstanceOf(IrreversibleMigrationException.class)
        .hasMessageStartingWith("Cannot roll back " + CUSTOMER + ": it has no down.sql. Nothing");
  }

  @Test
  void downNeedsThatManyAppliedMigrations() {
    f.write(CUSTOMER, "CREATE TABLE customer (id int);", "DROP TABLE customer;");
    f.migrate();
    assertThatThrownBy(() -> down(2))
        .isInstanceOf(MigrationException.class)
        .hasMessage(
            "Cannot roll back 2 migrations: only 1 applied ("
                + CUSTOMER
                + "). Nothing was rolled back.");
    assertThatThrownBy(() -> f.migrator().down(0).block())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("down(n) rolls back the last n migrations: n must be at least 1, was 0.");
  }

  private void writeThree(String emailDown) {
    f.write(
        CUSTOMER,
        "CREATE TYPE tier AS ENUM ('free', 'paid');\n"
            + "CREATE TABLE customer (id bigint PRIMARY KEY, tier tier NOT NULL DEFAULT 'free');\n",
        "DROP TABLE customer;\nDROP TYPE tier;\n");
    f.write(EMAIL, "ALTER TABLE customer ADD COLUMN email text;\n", emailDown);
    f.write(
        INDEX,
        "CREATE UNIQUE INDEX CONCURRENTLY customer_email_idx ON customer (email);\n",
        "DROP INDEX CONCURRENTLY customer_email_idx;\n");
  }

  private MigrationReport down(int n) {
    return Fixture.block(f.migrator().down(n).block(Fixture.TIMEOUT));
  }

  private String schema() {
    String s = f.snapshot();
    return s.substring(0, s.indexOf("--- history"));
  }
}
