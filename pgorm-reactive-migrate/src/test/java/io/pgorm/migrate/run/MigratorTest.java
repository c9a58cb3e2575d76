package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationListener;
import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.MigrationStatus;
import io.pgorm.migrate.MigrationValidationException;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.history.Checksums;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Applying migrations, the history, and what status reports, against a real server. */
@PgTest
class MigratorTest {

  static final String CUSTOMER = "20250101000000_customer";
  static final String ORDERS = "20250102000000_orders";
  static final String TOTALS = "20250103000000_totals";

  Fixture f;

  @BeforeEach
  void setUp(DatabaseServer server, @TempDir Path dir) {
    f = Fixture.create(server, dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  void writeThree() {
    f.write(
        CUSTOMER,
        "-- Customers.\nCREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);\n",
        "DROP TABLE customer;\n");
    f.write(
        ORDERS,
        "CREATE TABLE orders (\n"
            + "  id bigint PRIMARY KEY,\n"
            + "  customer_id bigint NOT NULL REFERENCES customer,\n"
            + "  note text DEFAULT 'a; b'\n"
            + ");\n"
            + "INSERT INTO customer VALUES (1, 'Ada');\n"
            + "INSERT INTO orders (id, customer_id) VALUES (1, 1);\n",
        "DROP TABLE orders;\nDELETE FROM customer;\n");
    f.write(
        TOTALS,
        "CREATE FUNCTION order_count(c bigint) RETURNS bigint LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n"
            + "  RETURN (SELECT count(*) FROM orders WHERE customer_id = c); -- ';'\n"
            + "END $$;\n",
        "DROP FUNCTION order_count(bigint);\n");
  }

  @Test
  @Tag("smoke")
  void appliesThreeMigrationsThenStatusSaysUpToDate() {
    writeThree();
    MigrationStatus before = f.status();
    assertThat(before.pending())
        .extracting(Migration::id)
        .containsExactly(CUSTOMER, ORDERS, TOTALS);
    assertThat(before.history()).isEmpty();
    assertThat(before.isUpToDate()).isFalse();
    assertThat(f.one("SELECT to_regclass('pgorm.schema_migrations') IS NULL"))
        .as("status creates nothing")
        .isEqualTo("true");

    MigrationReport report = f.migrate();

    assertThat(report.direction()).isEqualTo(MigrationDirection.UP);
    assertThat(report.migrations())
        .extracting(
            MigrationResult::id,
            MigrationResult::statements,
            MigrationResult::noTransactionStatements)
        .containsExactly(tuple(CUSTOMER, 1, 0), tuple(ORDERS, 3, 0), tuple(TOTALS, 1, 0));
    assertThat(f.one("SELECT order_count(1)")).isEqualTo("1");

    MigrationStatus after = f.status();
    assertThat(after.isUpToDate()).isTrue();
    assertThat(after.problems()).isEmpty();
    assertThat(after.pending()).isEmpty();
    assertThat(after.applied())
        .extracting(
            HistoryEntry::id,
            HistoryEntry::state,
            HistoryEntry::statements,
            HistoryEntry::statementsApplied,
            HistoryEntry::appliedBy)
        .containsExactly(
            tuple(CUSTOMER, MigrationState.APPLIED, 1, 1, f.database.user()),
            tuple(ORDERS, MigrationState.APPLIED, 3, 3, f.database.user()),
            tuple(TOTALS, MigrationState.APPLIED, 1, 1, f.database.user()));
    HistoryEntry first = after.applied().get(0);
    assertThat(first.checksum())
        .isEqualTo(
            Checksums.of(
                "-- Customers.\nCREATE TABLE customer (id bigint PRIMARY KEY, name text NOT NULL);\n"))
        .hasSize(64);
    assertThat(first.client()).startsWith("pgorm-migrate-test from ").contains(", pid ");
    assertThat(first.schemaHash()).isNull();
    assertThat(first.error()).isNull();

    MigrationReport again = f.migrate();
    assertThat(again.migrations()).isEmpty();
    assertThat(again.changedSchema()).isFalse();
  }

  @Test
  void aChangedChecksumIsAnErrorNamingTheFile() throws IOException {
    writeThree();
    f.migrate();
    Path up = f.dir.resolve(ORDERS).resolve("up.sql");
    String original = Files.readString(up);
    // Other line endings are not a change.
    Files.writeString(up, original.replace("\n", "\r\n"));
    assertThat(f.status().problems()).isEmpty();

    Files.writeString(up, original.replace("'a; b'", "'c'"));
    String recorded = Checksums.of(original).substring(0, 12);
    String now = Checksums.of(original.replace("'a; b'", "'c'")).substring(0, 12);
    String expected =
        "Cannot migrate: 1 problem with the migrations in "
            + f.dir
            + ".\n- "
            + f.dir
            + "/"
            + ORDERS
            + "/up.sql changed after it was applied (checksum "
            + recorded
            + "… recorded, "
            + now
            + "… now). Hint: restore the file as it was applied and put the change in a new"
            + " migration.";
    assertThatThrownBy(() -> f.migrate())
        .isInstanceOf(MigrationValidationException.class)
        .hasMessage(expected)
        .satisfies(
            e ->
                assertThat(((MigrationValidationException) e).problems())
                    .extracting(MigrationProblem::kind, MigrationProblem::id)
                    .containsExactly(tuple(MigrationProblem.Kind.CHECKSUM_CHANGED, ORDERS)));
    MigrationStatus status = f.status();
    assertThat(status.isUpToDate()).isFalse();
    assertThat(status.blockingProblems())
        .extracting(MigrationProblem::kind)
        .containsExactly(MigrationProblem.Kind.CHECKSUM_CHANGED);
  }

  @Test
  void aPendingFileOlderThanTheNewestAppliedIsOutOfOrder() {
    f.write(ORDERS, "CREATE TABLE b (id int);", null);
    f.migrate();
    f.write(CUSTOMER, "CREATE TABLE a (id int);", null);
    f.write(TOTALS, "CREATE TABLE c (id int);", null);

    assertThatThrownBy(() -> f.migrate())
        .isInstanceOf(MigrationValidationException.class)
        .hasMessage(
            "Cannot migrate: 1 problem with the migrations in "
                + f.dir
                + ".\n- "
                + CUSTOMER
                + " is pending but older than 20250102000000, the newest applied migration."
                + " Hint: give it a time stamp after 20250102000000 (rename the directory) so that"
                + " every database applies migrations in one order.");
    assertThat(f.one("SELECT count(*) FROM pgorm.schema_migrations")).isEqualTo("1");
    assertThat(f.status().pending()).extracting(Migration::id).containsExactly(CUSTOMER, TOTALS);
  }

  @Test
  void aMissingFileBlocksButAMigrationFromANewerReleaseDoesNot() throws IOException {
    writeThree();
    f.migrate();
    Path totals = f.dir.resolve(TOTALS);
    Path moved = Files.move(totals, f.dir.getParent().resolve("moved-" + f.dir.getFileName()));

    // A newer release applied TOTALS (a rolling deploy): this release leaves it alone.
    MigrationStatus status = f.status();
    assertThat(status.isUpToDate()).isTrue();
    assertThat(status.problems())
        .extracting(MigrationProblem::kind, MigrationProblem::message)
        .containsExactly(
            tuple(
                MigrationProblem.Kind.UNKNOWN_NEWER,
                TOTALS
                    + " is applied but newer than every migration here: a newer release applied it."
                    + " It is left alone."));
    assertThat(f.migrate().migrations()).isEmpty();

    Files.move(moved, totals);
    deleteRecursively(f.dir.resolve(ORDERS));
    assertThatThrownBy(() -> f.migrate())
        .isInstanceOf(MigrationValidationException.class)
        .hasMessageEndingWith(
            "- "
                + ORDERS
                + " is applied but its directory is missing. Hint: restore the directory"
                + " (migrations that ran must stay), or delete its row from the history table if it"
                + " was never meant to exist.");
  }

  @Test
  void theListenerAndTheReportSeeEachMigrationAndTheClockDatesTheHistory() {
    writeThree();
    Instant now = Instant.parse("2025-06-01T12:00:00Z");
    List<String> events = new CopyOnWriteArrayList<>();
    MigrationListener listener =
        new MigrationListener() {
          @Override
          public void lockAcquired(long lockKey, Duration waited) {
            events.add("lock " + lockKey);
          }

          @Override
          public void migrationStarting(Migration migration, MigrationDirection direction) {
            events.add("start " + migration.id() + " " + direction);
          }

          @Override
          public void migrationFinished(MigrationResult result) {
            events.add("done " + result.id() + " " + result.statements() + " " + result.duration());
          }

          @Override
          public void migrationFailed(MigrationFailedException error) {
            events.add("failed " + error.version());
          }
        };
    MigrationReport report =
        Fixture.block(
            f.migrator(
                    b -> b.listener(listener).lockKey(42).clock(Clock.fixed(now, ZoneOffset.UTC)))
                .migrate()
                .block(Fixture.TIMEOUT));

    assertThat(events)
        .containsExactly(
            "lock 42",
            "start " + CUSTOMER + " UP",
            "done " + CUSTOMER + " 1 PT0S",
            "start " + ORDERS + " UP",
            "done " + ORDERS + " 3 PT0S",
            "start " + TOTALS + " UP",
            "done " + TOTALS + " 1 PT0S");
    assertThat(report.toString())
        .isEqualTo(
            "up "
                + CUSTOMER
                + ": 1 statement in 0 ms\nup "
                + ORDERS
                + ": 3 statements in 0 ms\nup "
                + TOTALS
                + ": 1 statement in 0 ms\nTotal 0 ms.");
    assertThat(f.rows("SELECT applied_at = '2025-06-01 12:00:00Z' FROM pgorm.schema_migrations"))
        .containsOnly("true");
  }

  @Test
  void pooledConnectionsAreReplacedAfterASchemaChange() {
    String before = f.one("SELECT pg_backend_pid()");
    assertThat(f.one("SELECT pg_backend_pid()")).as("the pool reuses it").isEqualTo(before);
    f.write(CUSTOMER, "CREATE TYPE mood AS ENUM ('ok');", null);
    f.migrate();
    assertThat(f.one("SELECT pg_backend_pid()")).isNotEqualTo(before);

    String after = f.one("SELECT pg_backend_pid()");
    f.migrate(); // nothing to do: the pool is left alone
    assertThat(f.one("SELECT pg_backend_pid()")).isEqualTo(after);
  }

  static void deleteRecursively(Path p) throws IOException {
    try (var walk = Files.walk(p)) {
      for (Path q : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
