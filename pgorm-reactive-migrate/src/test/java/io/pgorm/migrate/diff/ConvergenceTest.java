package io.pgorm.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.internal.diff.Hints;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's core test: for every before/after pair of the corpus ({@code
 * src/test/resources/convergence/NN-name/}), database A gets {@code before.sql} (and {@code
 * seed.sql}, rows, if there is one), database B {@code after.sql}; the plan between their
 * introspected schemas (rename hints from {@code after.sql}'s {@code -- renamed} lines) applied to
 * A makes A equal B by the catalog {@link Fingerprint} (every object's {@code pg_get_*def} form,
 * columns by name), by the IR (columns by name), by a second diff (empty), and on a PostgreSQL 15
 * server by {@code pg_dump --schema-only} (skipped elsewhere: the embedded PostgreSQL 17 ships no
 * pg_dump and pg_dump 15 refuses a 17 server). Then the reverse plan applied to B makes it equal A
 * as it was; and A goes down and up again. Diffing either side against itself gives nothing, not
 * even a note.
 */
@PgTest
class ConvergenceTest {

  private static final PlanOptions ACCEPT = PlanOptions.builder().acceptDataLoss(true).build();
  private static final List<String> ORDER_REPORT = new ArrayList<>();

  private static DatabaseServer server;
  private static PgOrm admin;
  private static boolean dump;

  @BeforeAll
  static void start(TestDatabase db) {
    server = db.server();
    admin = Databases.client(db);
    Integer major =
        admin
            .sql("SELECT current_setting('server_version_num')::int / 10000")
            .first((row, meta) -> row.get(0, Integer.class))
            .block(Duration.ofSeconds(30));
    dump = PgDump.usable(major == null ? 0 : major);
  }

  @AfterAll
  static void stop() {
    if (!ORDER_REPORT.isEmpty()) {
      System.out.println(
          "Column order left as PostgreSQL has it:\n  " + String.join("\n  ", ORDER_REPORT));
    }
    Databases.run(
        admin,
        "DO $$ BEGIN DROP ROLE IF EXISTS pgorm_cv_reader;"
            + " DROP ROLE IF EXISTS pgorm_cv_writer; END $$");
    admin.close();
  }

  static Stream<String> pairs() throws IOException, URISyntaxException {
    Path root =
        Path.of(Objects.requireNonNull(ConvergenceTest.class.getResource("/convergence")).toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      return dirs
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void converges(String pair) throws Exception {
    Path dir =
        Path.of(
            Objects.requireNonNull(ConvergenceTest.class.getResource("/convergence/" + pair))
                .toURI());
    String before = Files.readString(dir.resolve("before.sql"));
    String after = Files.readString(dir.resolve("after.sql"));
    Path seed = dir.resolve("seed.sql");
    try (TestDatabase a = server.createTestDatabase("cv_a");
        TestDatabase b = server.createTestDatabase("cv_b");
        PgOrm da = Databases.client(a);
        PgOrm db = Databases.client(b)) {
      Databases.run(da, before);
      if (Files.exists(seed)) {
        Databases.run(da, Files.readString(seed));
      }
      Databases.run(db, after);
      SchemaModel ia = Databases.introspect(da);
      SchemaModel ib = RenameDirectives.apply(after, Databases.introspect(db));

      Plan same = SchemaDiff.diff(ia, ia, ACCEPT);
      assertThat(same.upSql())
          .as("before.sql against itself")
          .isEqualTo("-- pgorm plan: no changes\n");
      assertThat(SchemaDiff.diff(ib, ib, ACCEPT).upSql())
          .as("after.sql against itself")
          .isEqualTo("-- pgorm plan: no changes\n");

      Fingerprint fa = Fingerprint.of(da);
      Fingerprint fb = Fingerprint.of(db);
      String dumpA = dump ? PgDump.dump(a) : null;
      String dumpB = dump ? PgDump.dump(b) : null;

      Plan up = SchemaDiff.diff(ia, ib, ACCEPT);
      if (System.getProperty("pgorm.cv.print") != null) {
        System.out.println("=== " + pair + "\n" + up.upSql() + "\n" + up.downSql());
      }
      assertThat(up.isEmpty()).as("the pair differs").isFalse();
      PlanRunner.apply(da, up);
      converged(pair + " up", da, a, fb, ib, dumpB, up);

      Plan down = up.reverse();
      PlanRunner.apply(db, down);
      converged(pair + " reverse", db, b, fa, ia, dumpA, down);

      PlanRunner.apply(da, down);
      converged(pair + " up, down", da, a, fa, ia, dumpA, down);
      PlanRunner.apply(da, up);
      converged(pair + " up, down, up", da, a, fb, ib, dumpB, up);
    }
  }

  private static void converged(
      String what,
      PgOrm db,
      TestDatabase database,
      Fingerprint want,
      SchemaModel model,
      String dumpWant,
      Plan plan) {
    Fingerprint now = Fingerprint.of(db);
    assertThat(now.text())
        .as(what + ": catalog fingerprint\n" + plan.upSql())
        .isEqualTo(want.text());
    SchemaModel read = Databases.introspect(db);
    assertThat(byName(read)).as(what + ": IR").isEqualTo(byName(Hints.strip(model)));
    assertThat(SchemaDiff.diff(read, model, ACCEPT).steps()).as(what + ": diff again").isEmpty();
    if (dumpWant != null) {
      assertThat(PgDump.dump(database)).as(what + ": pg_dump").isEqualTo(dumpWant);
    }
    for (Map.Entry<String, String> e : want.columnOrder().entrySet()) {
      String got = now.columnOrder().get(e.getKey());
      if (!e.getValue().equals(got)) {
        ORDER_REPORT.add(
            what + ": " + e.getKey() + " (" + got + ") instead of (" + e.getValue() + ")");
        assertThat(plan.notes()).as(what + ": a note on column order").isNotEmpty();
      }
    }
  }

  /** The model with each table's columns in name order: column order is compared apart. */
  static SchemaModel byName(SchemaModel m) {
    List<Table> tables = new ArrayList<>();
    for (Table t : m.tables()) {
      List<Column> cols = new ArrayList<>(t.columns());
      cols.sort(Comparator.comparing(Column::name));
      tables.add(
          new Table(
              t.name(),
              cols,
              t.primaryKey(),
              t.uniques(),
              t.checks(),
              t.foreignKeys(),
              t.exclusions(),
              t.indexes(),
              t.triggers(),
              t.rowSecurity(),
              t.policies(),
              t.partitionBy(),
              t.partitionOf(),
              t.managedPartitions(),
              t.unlogged(),
              t.relations(),
              t.changeStream(),
              t.comment(),
              t.javaName(),
              t.renamedFrom()));
    }
    return m.withTables(tables);
  }
}
