package io.pgorm.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.internal.diff.Hints;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The convergence corpus ({@code src/test/resources/convergence/NN-name/}) and the check run on
 * each pair: see {@link ConvergenceTest}.
 */
final class Corpus {

  /** What the checks noticed without failing: column order left as it is, pairs not reversed. */
  static final class Report {
    final List<String> columnOrder = new ArrayList<>();
    final List<String> notReversed = new ArrayList<>();

    synchronized void print(String title) {
      if (!notReversed.isEmpty()) {
        System.out.println(
            title + ": not run in reverse (a step is not reversible): " + notReversed);
      }
      if (!columnOrder.isEmpty()) {
        System.out.println(
            title
                + ": column order left as PostgreSQL has it:\n  "
                + String.join("\n  ", columnOrder));
      }
    }
  }

  private static final PlanOptions ACCEPT = PlanOptions.builder().acceptDataLoss(true).build();

  private Corpus() {}

  static List<String> pairs() throws IOException, URISyntaxException {
    Path root = Path.of(Objects.requireNonNull(Corpus.class.getResource("/convergence")).toURI());
    try (Stream<Path> dirs = Files.list(root)) {
      // -Dpgorm.cv.only=71,72 runs the pairs whose names start with one of these, while working
      List<String> only =
          List.of(System.getProperty("pgorm.cv.only", "").split(",")).stream()
              .filter(x -> !x.isBlank())
              .toList();
      return dirs.filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .filter(n -> only.isEmpty() || only.stream().anyMatch(n::startsWith))
          .sorted()
          .toList();
    }
  }

  static String file(String pair, String name) throws IOException, URISyntaxException {
    Path dir =
        Path.of(Objects.requireNonNull(Corpus.class.getResource("/convergence/" + pair)).toURI());
    Path f = dir.resolve(name);
    return Files.exists(f) ? Files.readString(f) : "";
  }

  /**
   * A gets {@code before.sql} (and {@code seed.sql}), B {@code after.sql}; each side diffed against
   * itself gives nothing; the plan applied to A makes it B; unless a step is not reversible, the
   * reverse plan applied to B makes it A as it was, and A goes down and up again.
   */
  static void check(
      DatabaseServer server, String pair, PlanOptions options, boolean dump, Report report)
      throws Exception {
    String before = file(pair, "before.sql");
    String after = file(pair, "after.sql");
    String seed = file(pair, "seed.sql");
    try (TestDatabase a = server.createTestDatabase("cv_a");
        TestDatabase b = server.createTestDatabase("cv_b");
        PgOrm da = Databases.client(a);
        PgOrm db = Databases.client(b)) {
      Databases.run(da, before);
      if (!seed.isBlank()) {
        Databases.run(da, seed);
      }
      Databases.run(db, after);
      SchemaModel ia = Databases.introspect(da);
      SchemaModel ib = RenameDirectives.apply(after, Databases.introspect(db));

      assertThat(SchemaDiff.diff(ia, ia, options).upSql())
          .as(pair + ": before.sql against itself")
          .isEqualTo("-- pgorm plan: no changes\n");
      assertThat(SchemaDiff.diff(ib, ib, options).upSql())
          .as(pair + ": after.sql against itself")
          .isEqualTo("-- pgorm plan: no changes\n");

      Fingerprint fa = Fingerprint.of(da);
      Fingerprint fb = Fingerprint.of(db);
      String dumpA = dump ? PgDump.dump(a) : null;
      String dumpB = dump ? PgDump.dump(b) : null;

      Plan up = SchemaDiff.diff(ia, ib, options);
      if (System.getProperty("pgorm.cv.print") != null) {
        System.out.println("=== " + pair + "\n" + up.upSql() + "\n" + up.downSql());
      }
      assertThat(up.isEmpty()).as(pair + ": the pair differs").isFalse();
      PlanRunner.apply(da, up);
      converged(pair + " up", da, a, fb, ib, dumpB, up, report);

      if (!up.stepsWith(HazardKind.NOT_REVERSIBLE).isEmpty()) {
        report.notReversed.add(pair);
        return; // e.g. an extension update without a script back: nothing to run in reverse
      }
      Plan down = up.reverse();
      PlanRunner.apply(db, down);
      converged(pair + " reverse", db, b, fa, ia, dumpA, down, report);

      PlanRunner.apply(da, down);
      converged(pair + " up, down", da, a, fa, ia, dumpA, down, report);
      PlanRunner.apply(da, up);
      converged(pair + " up, down, up", da, a, fb, ib, dumpB, up, report);
    }
  }

  private static void converged(
      String what,
      PgOrm db,
      TestDatabase database,
      Fingerprint want,
      SchemaModel model,
      @Nullable String dumpWant,
      Plan plan,
      Report report) {
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
        synchronized (report) {
          report.columnOrder.add(
              what + ": " + e.getKey() + " (" + got + ") instead of (" + e.getValue() + ")");
        }
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
      tables.add(t.withColumns(cols));
    }
    return m.withTables(tables);
  }
}
