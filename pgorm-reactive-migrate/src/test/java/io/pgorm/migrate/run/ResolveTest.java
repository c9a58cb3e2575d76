package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationNotFoundException;
import io.pgorm.migrate.MigrationResolver;
import io.pgorm.migrate.MigrationStatus;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MigrationResolver}: the history corrected after manual fixes, with its refusals. */
@PgTest
class ResolveTest {

  static final String A = "20250101000000_customer";
  static final String B = "20250102000000_orders";
  static final String C = "20250103000000_totals";

  Fixture f;

  @BeforeEach
  void setUp(DatabaseServer server, @TempDir Path dir) {
    f = Fixture.create(server, dir);
    f.write(A, "CREATE TABLE customer (id int PRIMARY KEY);\n", "DROP TABLE customer;\n");
    f.write(
        B,
        "CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customer);\n",
        "DROP TABLE orders;\n");
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  MigrationResolver resolver() {
    return MigrationResolver.create(f.db, MigratorOptions.builder().location(f.dir).build());
  }

  HistoryEntry applied(String version) {
    return Fixture.block(resolver().markApplied(version).block(Fixture.TIMEOUT));
  }

  HistoryEntry rolledBack(String version) {
    return Fixture.block(resolver().markRolledBack(version).block(Fixture.TIMEOUT));
  }

  @Test
  void marksAMigrationAppliedByHandThenMigrateRunsOnlyTheRest() {
    f.run("CREATE TABLE customer (id int PRIMARY KEY)"); // applied by hand, before pgorm
    HistoryEntry a = applied("20250101000000"); // the version alone, or the directory name
    assertThat(a.id()).isEqualTo(A);
    assertThat(a.state()).isEqualTo(MigrationState.APPLIED);
    assertThat(a.statementsApplied()).isEqualTo(a.statements()).isEqualTo(1);
    assertThat(a.client()).contains("marked applied by hand (resolve)");
    assertThat(a.checksum()).hasSize(64);

    assertThat(f.migrate().migrations()).extracting(r -> r.id()).containsExactly(B);
    assertThat(f.status().isUpToDate()).isTrue();
  }

  @Test
  void refusesUnknownVersionsAlreadyAppliedAndOlderPending() {
    String before = f.snapshot();
    MigrationNotFoundException unknown =
        catchThrowableOfType(MigrationNotFoundException.class, () -> applied("20240101000000"));
    assertThat(unknown)
        .hasMessageStartingWith("No migration 20240101000000: ")
        .hasMessageContaining("has " + A + ", " + B)
        .hasMessageContaining("Nothing was changed");
    assertThat(unknown.version()).isEqualTo("20240101000000");
    assertThat(catchThrowableOfType(MigrationNotFoundException.class, () -> rolledBack("nope")))
        .hasMessageStartingWith("No migration nope: ");

    MigrationException older = catchThrowableOfType(MigrationException.class, () -> applied(B));
    assertThat(older)
        .hasMessage(
            "Cannot mark "
                + B
                + " applied: older migrations are pending ("
                + A
                + "), and would then be out of order. Nothing was changed. Hint: deploy or"
                + " resolve them first, oldest first.");
    MigrationException pending =
        catchThrowableOfType(MigrationException.class, () -> rolledBack(A));
    assertThat(pending).hasMessageContaining("is not in the history (it is pending)");
    assertThat(f.snapshot()).isEqualTo(before).contains("(no history table)");

    f.migrate();
    MigrationException again = catchThrowableOfType(MigrationException.class, () -> applied(A));
    assertThat(again)
        .hasMessageStartingWith("Cannot mark " + A + " applied: it already is (applied ");
  }

  @Test
  void aMigrationThatFailedPartWayIsFinishedByHandOrRolledBackAndFixed() {
    f.migrate();
    f.write(
        C,
        "-- pgorm:no-transaction\n"
            + "CREATE TABLE totals (n int);\n"
            + "CREATE INDEX totals_n ON totals (missing_column);\n",
        "DROP TABLE totals;\n");
    catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());
    assertThat(f.status().history())
        .filteredOn(e -> e.id().equals(C))
        .extracting(HistoryEntry::state, HistoryEntry::statementsApplied)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(MigrationState.FAILED, 1));

    // Rolling back B would put it out of order behind the failed C.
    MigrationException notNewest =
        catchThrowableOfType(MigrationException.class, () -> rolledBack(B));
    assertThat(notNewest)
        .hasMessageContaining("Cannot mark " + B + " rolled back: " + C + " is applied after it");

    // The file is fixed: marking the old run applied would be a lie, so it is refused.
    f.write(
        C,
        "-- pgorm:no-transaction\n"
            + "CREATE TABLE totals (n int);\n"
            + "CREATE INDEX totals_n ON totals (n);\n",
        "DROP TABLE totals;\n");
    MigrationException changed = catchThrowableOfType(MigrationException.class, () -> applied(C));
    assertThat(changed)
        .hasMessageContaining("it failed part-way with another up.sql (checksum ")
        .hasMessageContaining("resolve --rolled-back 20250103000000");

    // Undo the committed statement by hand, mark it rolled back, deploy the fixed file.
    f.run("DROP TABLE totals");
    HistoryEntry back = rolledBack(C);
    assertThat(back.state()).isEqualTo(MigrationState.ROLLED_BACK);
    assertThat(back.rolledBackAt()).isNotNull();
    MigrationStatus pending = f.status();
    assertThat(pending.pending()).extracting(m -> m.id()).containsExactly(C);
    assertThat(pending.blockingProblems()).isEmpty();
    assertThat(f.migrate().migrations()).extracting(r -> r.id()).containsExactly(C);
    assertThat(f.one("SELECT indexdef FROM pg_indexes WHERE indexname = 'totals_n'"))
        .contains("(n)");
    assertThat(catchThrowableOfType(MigrationException.class, () -> rolledBack(B)))
        .hasMessageContaining(C + " is applied after it");

    // An applied migration undone by hand: marked rolled back, then already rolled back.
    f.run("DROP TABLE totals");
    assertThat(rolledBack(C).state()).isEqualTo(MigrationState.ROLLED_BACK);
    assertThat(catchThrowableOfType(MigrationException.class, () -> rolledBack(C)))
        .hasMessageStartingWith("Cannot mark " + C + " rolled back: it already is (at ");
  }

  @Test
  void aFailedMigrationFinishedByHandIsMarkedApplied() {
    f.migrate();
    f.write(
        C,
        "-- pgorm:no-transaction\n"
            + "CREATE TABLE totals (n int);\n"
            + "CREATE INDEX totals_n ON totals (missing_column);\n",
        null);
    catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());
    f.run(
        "ALTER TABLE totals ADD COLUMN missing_column int; CREATE INDEX totals_n ON totals (missing_column)");
    HistoryEntry done = applied(C);
    assertThat(done.state()).isEqualTo(MigrationState.APPLIED);
    assertThat(done.error()).isNull();
    MigrationStatus status = f.status();
    assertThat(status.isUpToDate()).isTrue();
    assertThat(status.problems()).isEmpty();
    assertThat(status.applied()).extracting(HistoryEntry::id).containsExactly(A, B, C);
  }
}
