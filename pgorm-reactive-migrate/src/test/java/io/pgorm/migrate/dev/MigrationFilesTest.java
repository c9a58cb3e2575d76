package io.pgorm.migrate.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.plan.DataLossRefusedException;
import io.pgorm.migrate.plan.Hazard;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.Step;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The files {@code migrate dev} writes, without a database: names, headers, refusals. */
class MigrationFilesTest {

  static final String HASH = "a".repeat(64);
  static final Instant NOON = Instant.parse("2026-01-02T12:00:00.750Z");

  @TempDir Path dir;

  static Plan plan(List<Hazard> hazards, Plan back) {
    Step step =
        new Step(
            "public.t",
            "create table public.t",
            List.of("CREATE TABLE public.t (id integer)"),
            hazards,
            true,
            false);
    return new Plan(List.of(step), List.of(), () -> back);
  }

  static Plan dropBack() {
    Step drop =
        new Step(
            "public.t",
            "drop table public.t",
            List.of("DROP TABLE public.t"),
            List.of(),
            true,
            false);
    return new Plan(List.of(drop), List.of(), () -> new Plan(List.of(), List.of(), () -> null));
  }

  static DevPlan dev(Plan plan, List<Step> refused) {
    return new DevPlan(
        new Drift(0, new Plan(List.of(), List.of(), () -> null)), 0, plan, refused, HASH);
  }

  @Test
  void writesUpWithTheSchemaHashAndDownWithTheReversePlanUnderAUtcVersion() throws Exception {
    Path m =
        MigrationFiles.write(dir, "create_t", NOON, dev(plan(List.of(), dropBack()), List.of()));
    assertThat(m.getFileName().toString()).isEqualTo("20260102120000_create_t");
    assertThat(Files.readString(m.resolve("up.sql")))
        .isEqualTo(
            "-- pgorm:schema-hash "
                + HASH
                + "\n-- pgorm plan: 1 step\n\n-- step 1: create table public.t\n"
                + "CREATE TABLE public.t (id integer);\n");
    assertThat(Files.readString(m.resolve("down.sql")))
        .contains("DROP TABLE public.t;")
        .doesNotContain("pgorm:irreversible");
    // The runner reads what was written.
    assertThat(MigrationSource.directory(dir).load())
        .singleElement()
        .satisfies(mig -> assertThat(mig.isReversible()).isTrue());
  }

  @Test
  void aSecondMigrationInTheSameSecondOrEarlierGetsALaterVersion() throws Exception {
    DevPlan p = dev(plan(List.of(), dropBack()), List.of());
    MigrationFiles.write(dir, "a", NOON, p);
    MigrationFiles.write(dir, "b", NOON, p);
    MigrationFiles.write(dir, "c", NOON.minusSeconds(3600), p);
    try (Stream<Path> s = Files.list(dir)) {
      assertThat(s.map(x -> x.getFileName().toString()).sorted())
          .containsExactly("20260102120000_a", "20260102120001_b", "20260102120002_c");
    }
    assertThat(MigrationSource.directory(dir).load()).hasSize(3);
  }

  @Test
  void aStepThatCannotBeReversedMakesDownIrreversibleWithTheReason() throws Exception {
    Plan up =
        plan(
            List.of(new Hazard(HazardKind.NOT_REVERSIBLE, "extension versions only go up")),
            dropBack());
    Path m = MigrationFiles.write(dir, "one_way", NOON, dev(up, List.of()));
    assertThat(Files.readString(m.resolve("down.sql")))
        .startsWith(
            "-- pgorm:irreversible up step 1 (create table public.t): extension versions only go"
                + " up\n");
    assertThat(MigrationSource.directory(dir).load().get(0).irreversibleReason())
        .isEqualTo(
            "its down.sql says: up step 1 (create table public.t): extension versions only go up");
  }

  @Test
  void refusedDataLossWritesNothing() {
    Plan up =
        plan(
            List.of(new Hazard(HazardKind.DATA_LOSS, "the rows of public.t are dropped")),
            dropBack());
    assertThatThrownBy(
            () -> MigrationFiles.write(dir, "lossy", NOON, dev(up, List.of(up.steps().get(0)))))
        .isInstanceOf(DataLossRefusedException.class)
        .hasMessageContaining("step 1: create table public.t (the rows of public.t are dropped)");
    assertThat(dir).isEmptyDirectory();
  }
}
