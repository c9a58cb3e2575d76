package io.pgorm.migrate.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationValidationException;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.Schemas;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link MigrationDev} on real databases: drift by replay, and plans after pending files. */
@PgTest
class MigrationDevTest {

  private static final Duration WAIT = Duration.ofSeconds(60);

  @TempDir Path dir;
  TestDatabase live;
  PgOrm db;
  MigrationDev dev;

  @BeforeEach
  void setUp(DatabaseServer server) {
    live = server.createTestDatabase("dev_live");
    db = Databases.client(live);
    dev = MigrationDev.create(db, ShadowDatabase.create(db), MigrationSource.directory(dir));
  }

  @AfterEach
  void tearDown() {
    db.close();
    live.close();
  }

  void write(String id, String up) throws Exception {
    Path m = Files.createDirectories(dir.resolve(id));
    Files.writeString(m.resolve("up.sql"), up);
  }

  void deploy() {
    Migrator.create(db, MigratorOptions.builder().location(dir).build()).migrate().block(WAIT);
  }

  @Test
  void changesOutsideTheMigrationsAreDriftButRuntimePartitionsAreNot() throws Exception {
    write(
        "20250101000000_events",
        "CREATE TABLE event (at date NOT NULL, what text) PARTITION BY RANGE (at);\n"
            + "CREATE TABLE event_2025 PARTITION OF event"
            + " FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');\n");
    deploy();
    Databases.run(
        db,
        "CREATE TABLE event_2026 PARTITION OF event"
            + " FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
    Drift none = dev.drift().block(WAIT);
    assertThat(none.found()).as(none.describe()).isFalse();
    assertThat(none.applied()).isEqualTo(1);

    Databases.run(db, "ALTER TABLE event ADD COLUMN hack int; DROP TABLE event_2025");
    Drift drift = dev.drift().block(WAIT);
    assertThat(drift.found()).isTrue();
    assertThat(drift.differences()).containsExactly("add column public.event.hack");
  }

  @Test
  void thePlanStartsAfterThePendingFilesAndRecordsTheirSchemaHash() throws Exception {
    write("20250101000000_item", "CREATE TABLE item (id bigint PRIMARY KEY);\n");
    deploy();
    write("20250102000000_name", "ALTER TABLE item ADD COLUMN name text;\n");
    var declared =
        Schemas.parse("s.pgorm", "model item {\n  id bigint @id\n  name text?\n  note text?\n}\n");

    DevPlan plan = dev.plan(declared, PlanOptions.defaults()).block(WAIT);

    assertThat(plan.drift().found()).isFalse();
    assertThat(plan.pending()).isEqualTo(1);
    assertThat(plan.refused()).isEmpty();
    assertThat(plan.plan().steps())
        .extracting(s -> s.description())
        .containsExactly("add column public.item.note");
    // The hash is that of the database once the pending file is applied.
    deploy();
    assertThat(plan.schemaHash()).isEqualTo(SchemaHash.read(db, HistoryTable.DEFAULT).block(WAIT));

    // Dropping a column is listed as refused, not thrown: drift is reported first.
    var smaller = Schemas.parse("s.pgorm", "model item {\n  id bigint @id\n}\n");
    DevPlan lossy = dev.plan(smaller, PlanOptions.defaults()).block(WAIT);
    assertThat(lossy.refused())
        .extracting(s -> s.description())
        .containsExactly("drop column public.item.name");
  }

  @Test
  void aChangedAppliedFileCannotBeReplayed() throws Exception {
    write("20250101000000_item", "CREATE TABLE item (id bigint PRIMARY KEY);\n");
    deploy();
    write("20250101000000_item", "CREATE TABLE item (id int PRIMARY KEY);\n");
    MigrationValidationException e =
        catchThrowableOfType(MigrationValidationException.class, () -> dev.drift().block(WAIT));
    assertThat(e.problems())
        .extracting(MigrationProblem::kind)
        .containsExactly(MigrationProblem.Kind.CHECKSUM_CHANGED);
    assertThat(e).hasMessageContaining("cannot be replayed");
  }
}
