package io.pgorm.migrate.internal.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationProblem.Kind;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.SqlScript;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.history.MigrationState;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files compared with the history: pure, no database. */
class PlanTest {

  static Migration file(String version, String sql) {
    return new Migration(
        version,
        "m" + version.substring(12),
        SqlScript.parse(version + "/up.sql", sql, false),
        null);
  }

  static HistoryEntry row(Migration m, MigrationState state, int applied) {
    return row(m.version(), m.name(), m.up().checksum(), state, applied);
  }

  static HistoryEntry row(
      String version, String name, String checksum, MigrationState state, int applied) {
    return new HistoryEntry(
        version,
        name,
        checksum,
        state,
        3,
        applied,
        0,
        Duration.ZERO,
        "me",
        "test",
        Instant.EPOCH,
        null,
        null,
        null);
  }

  static final Migration A = file("20250101000001", "SELECT 1");
  static final Migration B = file("20250101000002", "SELECT 2; SELECT 3; SELECT 4");
  static final Migration C = file("20250101000003", "SELECT 5");

  private static List<String> pending(Plan p) {
    return p.pending().stream()
        .map(x -> x.migration().version() + "+" + x.alreadyApplied())
        .toList();
  }

  @Test
  void everythingIsPendingOnAnEmptyHistory() {
    Plan p = Plan.of(List.of(A, B, C), List.of());
    assertThat(pending(p))
        .containsExactly("20250101000001+0", "20250101000002+0", "20250101000003+0");
    assertThat(p.problems()).isEmpty();
  }

  @Test
  void aBaselineCountsAsAppliedAndItsChecksumIsChecked() {
    Plan p = Plan.of(List.of(A, B), List.of(row(A, MigrationState.BASELINE, 0)));
    assertThat(pending(p)).containsExactly("20250101000002+0");
    assertThat(p.problems()).isEmpty();

    Plan changed =
        Plan.of(
            List.of(A, B),
            List.of(row(A.version(), A.name(), "0".repeat(64), MigrationState.BASELINE, 0)));
    assertThat(changed.blocking())
        .extracting(MigrationProblem::kind, MigrationProblem::version)
        .containsExactly(tuple(Kind.CHECKSUM_CHANGED, A.version()));

    // A baseline newer than every file (another release's) is left alone, as an applied one is.
    Plan newer =
        Plan.of(
            List.of(A),
            List.of(row(A, MigrationState.APPLIED, 1), row(C, MigrationState.BASELINE, 0)));
    assertThat(newer.problems())
        .extracting(MigrationProblem::kind)
        .containsExactly(Kind.UNKNOWN_NEWER);
  }

  @Test
  void aRolledBackMigrationIsPendingAgainAndAFailedOneResumes() {
    Plan p =
        Plan.of(
            List.of(A, B, C),
            List.of(
                row(A, MigrationState.APPLIED, 1),
                row(B, MigrationState.FAILED, 2),
                row(C, MigrationState.ROLLED_BACK, 1)));
    assertThat(pending(p)).containsExactly("20250101000002+2", "20250101000003+0");
    assertThat(p.problems()).extracting(MigrationProblem::kind).containsExactly(Kind.INCOMPLETE);
    assertThat(p.blocking()).isEmpty();
  }

  @Test
  void checksumsMissingFilesAndOrder() {
    Plan p =
        Plan.of(
            List.of(A, C),
            List.of(
                row(A.version(), A.name(), "0".repeat(64), MigrationState.APPLIED, 1),
                row(B, MigrationState.APPLIED, 3),
                row("20250101000009", "newer", "x", MigrationState.APPLIED, 1)));
    assertThat(p.problems())
        .extracting(MigrationProblem::kind, MigrationProblem::version)
        .containsExactly(
            tuple(Kind.CHECKSUM_CHANGED, A.version()),
            tuple(Kind.MISSING_FILE, B.version()),
            tuple(Kind.UNKNOWN_NEWER, "20250101000009"),
            tuple(Kind.OUT_OF_ORDER, C.version()));
    assertThat(p.blocking())
        .extracting(MigrationProblem::kind)
        .containsExactly(Kind.CHECKSUM_CHANGED, Kind.MISSING_FILE, Kind.OUT_OF_ORDER);
  }
}
