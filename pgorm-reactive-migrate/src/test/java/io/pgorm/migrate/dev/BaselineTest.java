package io.pgorm.migrate.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.IrreversibleMigrationException;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationStatus;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.MigrationState;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Baseline} on real databases: adopt a database built by hand, then work with migrations.
 */
@PgTest
class BaselineTest {

  private static final Duration WAIT = Duration.ofSeconds(120);
  private static final Instant T0 = Instant.parse("2025-03-01T10:00:00Z");

  /** An existing database made without pgorm: enum, tables, index, view, function, trigger. */
  static final String LEGACY =
      "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n"
          + "CREATE TABLE customer (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
          + " email text NOT NULL UNIQUE, mood mood NOT NULL DEFAULT 'ok',"
          + " created_at timestamptz NOT NULL DEFAULT now());\n"
          + "CREATE TABLE orders (id serial PRIMARY KEY,"
          + " customer_id bigint NOT NULL REFERENCES customer (id) ON DELETE CASCADE,"
          + " total numeric(12,2) NOT NULL CHECK (total >= 0), updated_at timestamptz);\n"
          + "CREATE INDEX orders_customer_idx ON orders (customer_id) WHERE total > 0;\n"
          + "CREATE VIEW big_orders AS SELECT id, customer_id, total FROM orders"
          + " WHERE total > 100;\n"
          + "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS"
          + " $$ BEGIN NEW.updated_at := now(); RETURN NEW; END $$;\n"
          + "CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW"
          + " EXECUTE FUNCTION touch();\n";

  @TempDir Path dir;
  DatabaseServer server;
  TestDatabase live;
  PgOrm db;

  @BeforeEach
  void setUp(DatabaseServer server) {
    this.server = server;
    live = server.createTestDatabase("baseline_live");
    db = Databases.client(live);
    Databases.run(db, LEGACY);
  }

  @AfterEach
  void tearDown() {
    db.close();
    live.close();
  }

  Baseline baseline(PgOrm on) {
    return Baseline.create(on, ShadowDatabase.create(on), dir);
  }

  MigrationDev dev() {
    return MigrationDev.create(db, ShadowDatabase.create(db), MigrationSource.directory(dir));
  }

  Migrator migrator(PgOrm on) {
    return Migrator.create(on, MigratorOptions.builder().location(dir).build());
  }

  @Test
  void adoptsTheDatabaseThenPlansOnlyLaterChangesAndBuildsFreshDatabasesInFull() throws Exception {
    SchemaModel original = Databases.introspect(db);
    String oidsBefore = oids();
    BaselineResult r = baseline(db).take("baseline", T0).block(WAIT);

    assertThat(r.directory()).isEqualTo(dir.resolve("20250301100000_baseline"));
    assertThat(r.entry().state()).isEqualTo(MigrationState.BASELINE);
    assertThat(r.entry().statementsApplied()).isZero();
    assertThat(r.entry().statements()).isEqualTo(r.statements()).isGreaterThan(7);
    assertThat(r.entry().client()).contains("baseline: recorded, not run");
    assertThat(r.objects()).isEqualTo("2 tables, 1 view, 1 enum, 1 function or procedure");
    String up = Files.readString(r.directory().resolve("up.sql"));
    assertThat(up)
        .startsWith("-- pgorm:schema-hash ")
        .contains("CREATE TYPE public.mood AS ENUM")
        .contains("CREATE TRIGGER orders_touch")
        .doesNotContain("schema_migrations");
    assertThat(Files.readString(r.directory().resolve("down.sql")))
        .startsWith("-- pgorm:irreversible baseline of an existing database");
    // Recording ran nothing: the hand-made objects are the same objects (same oid), unchanged.
    assertThat(oids()).isEqualTo(oidsBefore);
    assertThat(relevant(Databases.introspect(db))).isEqualTo(relevant(original));

    MigrationStatus status = migrator(db).status().block(WAIT);
    assertThat(status.isUpToDate()).isTrue();
    assertThat(status.problems()).isEmpty();
    assertThat(status.applied())
        .extracting(e -> e.state())
        .containsExactly(MigrationState.BASELINE);
    Drift drift = dev().drift().block(WAIT);
    assertThat(drift.found()).as(drift.describe()).isFalse();
    assertThat(drift.applied()).isEqualTo(1);

    // down refuses: the baseline cannot be undone without dropping everything.
    IrreversibleMigrationException down =
        catchThrowableOfType(
            IrreversibleMigrationException.class, () -> migrator(db).down(1).block(WAIT));
    assertThat(down).hasMessageContaining("20250301100000_baseline").hasMessageContaining("backup");

    // A later change: the plan holds only the delta.
    SchemaModel declared;
    try (TestDatabase target = server.createTestDatabase("baseline_target")) {
      PgOrm t = Databases.client(target);
      try {
        Databases.run(t, LEGACY + "ALTER TABLE customer ADD COLUMN nickname text;\n");
        declared = Databases.introspect(t);
      } finally {
        t.close();
      }
    }
    DevPlan plan = dev().plan(declared, PlanOptions.defaults()).block(WAIT);
    assertThat(plan.drift().found()).isFalse();
    assertThat(plan.plan().steps())
        .extracting(Step::description)
        .containsExactly("add column public.customer.nickname");
    MigrationFiles.write(dir, "nickname", T0.plusSeconds(3600), plan);
    MigrationReport applied = migrator(db).migrate().block(WAIT);
    assertThat(applied.migrations()).hasSize(1);
    SchemaModel afterChange = Databases.introspect(db);

    // A fresh database gets everything: the baseline runs for real, then the change.
    try (TestDatabase fresh = server.createTestDatabase("baseline_fresh")) {
      PgOrm f = Databases.client(fresh);
      try {
        MigrationReport report = migrator(f).migrate().block(WAIT);
        assertThat(report.migrations()).hasSize(2);
        MigrationStatus freshStatus = migrator(f).status().block(WAIT);
        assertThat(freshStatus.applied())
            .extracting(e -> e.state())
            .containsExactly(MigrationState.APPLIED, MigrationState.APPLIED);
        SchemaModel built = Databases.introspect(f);
        assertThat(relevant(built)).isEqualTo(relevant(afterChange));
      } finally {
        f.close();
      }
    }
    assertThat(relevant(original)).isNotEqualTo(relevant(afterChange));
  }

  @Test
  void refusesADirectoryWithMigrationsAndADatabaseWithHistory() throws Exception {
    Path existing = Files.createDirectories(dir.resolve("20250101000000_first"));
    Files.writeString(existing.resolve("up.sql"), "CREATE TABLE x (id int);\n");
    MigrationException files =
        catchThrowableOfType(
            MigrationException.class, () -> baseline(db).take("baseline", T0).block(WAIT));
    assertThat(files)
        .hasMessageContaining("already has migrations (20250101000000_first)")
        .hasMessageContaining("Nothing was written or recorded");
    assertThat(historyExists()).isFalse();

    // A database that already uses migrations: refused although the directory is empty.
    migrator(db).migrate().block(WAIT);
    Path other = dir.resolveSibling(dir.getFileName() + "_other"); // not there yet;
    MigrationException history =
        catchThrowableOfType(
            MigrationException.class,
            () ->
                Baseline.create(db, ShadowDatabase.create(db), other)
                    .take("baseline", T0)
                    .block(WAIT));
    assertThat(history)
        .hasMessageContaining("history table pgorm.schema_migrations already has 1 row")
        .hasMessageContaining("already uses migrations");
    assertThat(other).doesNotExist();
  }

  @Test
  void refusesAnEmptyDatabaseAndABadName() throws Exception {
    try (TestDatabase empty = server.createTestDatabase("baseline_empty")) {
      PgOrm e = Databases.client(empty);
      try {
        MigrationException nothing =
            catchThrowableOfType(
                MigrationException.class, () -> baseline(e).take("baseline", T0).block(WAIT));
        assertThat(nothing).hasMessageContaining("holds nothing that an empty database does not");
      } finally {
        e.close();
      }
    }
    IllegalArgumentException name =
        catchThrowableOfType(
            IllegalArgumentException.class, () -> baseline(db).take("bad name", T0).block(WAIT));
    assertThat(name).hasMessageContaining("\"bad name\" is not a migration name");
    try (Stream<Path> left = Files.list(dir)) {
      assertThat(left).isEmpty();
    }
    assertThat(historyExists()).isFalse();
  }

  /** An older history table (state check without baseline) is upgraded when used. */
  @Test
  void upgradesAnOlderHistoryTable() {
    Databases.run(
        db,
        "CREATE SCHEMA pgorm; CREATE TABLE pgorm.schema_migrations (version text PRIMARY KEY,"
            + " name text NOT NULL, checksum text NOT NULL, state text NOT NULL CHECK (state IN"
            + " ('applied', 'failed', 'rolled_back')), statements integer NOT NULL,"
            + " statements_applied integer NOT NULL, no_transaction_statements integer NOT NULL,"
            + " duration_ms bigint NOT NULL, applied_by text NOT NULL, client text NOT NULL,"
            + " applied_at timestamptz NOT NULL, schema_hash text, error text,"
            + " rolled_back_at timestamptz)");
    BaselineResult r = baseline(db).take("baseline", T0).block(WAIT);
    assertThat(r.entry().state()).isEqualTo(MigrationState.BASELINE);
    String check =
        db.sql(
                "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE conrelid = 'pgorm.schema_migrations'::regclass AND contype = 'c'")
            .first((row, meta) -> row.get(0, String.class))
            .block(WAIT);
    assertThat(check).contains("baseline").contains("rolled_back");
  }

  private String oids() {
    return db.sql(
            "SELECT string_agg(c.relname || '=' || c.oid, ',' ORDER BY c.relname) FROM pg_class c"
                + " WHERE c.relnamespace = 'public'::regnamespace")
        .first((row, meta) -> row.get(0, String.class))
        .block(WAIT);
  }

  private boolean historyExists() {
    return Boolean.TRUE.equals(
        db.sql("SELECT to_regclass('pgorm.schema_migrations') IS NOT NULL")
            .first((row, meta) -> row.get(0, Boolean.class))
            .block(WAIT));
  }

  private static SchemaModel relevant(SchemaModel m) {
    return SchemaHash.relevant(m, HistoryTable.DEFAULT);
  }
}
