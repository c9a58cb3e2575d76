package io.pgorm.migrate;

import io.pgorm.PgOrm;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.test.DatabaseResolver;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The pure diff of two generated N-table models (default 500; {@link ManyTables} and a copy with a
 * change in every fifth table: a column added, a type widened, an index dropped, a check changed),
 * timed over repeated runs after a warm-up; then, apart, the shadow database set-up for the N-table
 * model (create the database, run the create script, read it back, drop it). Not a test: run it by
 * hand as {@link IntrospectionBenchmark} says, with main class {@code
 * io.pgorm.migrate.DiffBenchmark} and arguments {@code 500 30}.
 *
 * <p>Measured 2026-11-24 on the 2-core build machine (other builds running), 500 tables (about
 * 5,600 keyed objects a side), 30 runs after a warm-up: see {@code docs/migrations.md}.
 */
public final class DiffBenchmark {

  private DiffBenchmark() {}

  public static void main(String[] args) {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    Result diff = diff(tables, runs);
    System.out.println(diff);
    System.out.println(shadow(tables));
  }

  /** The figures of the pure diff, in milliseconds. */
  public record Result(int tables, int steps, long firstMs, long minMs, long medianMs, long maxMs) {
    @Override
    public String toString() {
      return String.format(
          "Pure diff of two %d-table models (%d steps): median %d ms, min %d ms, max %d ms"
              + " (first run %d ms)",
          tables, steps, medianMs, minMs, maxMs, firstMs);
    }
  }

  /** Times the pure diff; no database. */
  public static Result diff(int tables, int runs) {
    SchemaModel from = ManyTables.model(tables);
    SchemaModel to = changed(from);
    PlanOptions options = PlanOptions.builder().acceptDataLoss(true).build();
    long start = System.nanoTime();
    Plan plan = SchemaDiff.diff(from, to, options);
    long first = millis(start);
    for (int i = 0; i < 5; i++) {
      SchemaDiff.diff(from, to, options);
    }
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      start = System.nanoTime();
      SchemaDiff.diff(from, to, options);
      times.add(millis(start));
    }
    Collections.sort(times);
    return new Result(
        tables,
        plan.steps().size(),
        first,
        times.get(0),
        times.get(times.size() / 2),
        times.get(times.size() - 1));
  }

  /** The shadow database set-up for the N-table model, once, on the test server. */
  public static String shadow(int tables) {
    DatabaseServer server = DatabaseResolver.forTests().resolve();
    try (TestDatabase admin = server.createTestDatabase("shadow_bench");
        PgOrm db = Databases.client(admin)) {
      SchemaModel model = ManyTables.model(tables);
      long start = System.nanoTime();
      SchemaModel read = ShadowDatabase.create(db).normalize(model).block(Duration.ofMinutes(5));
      long ms = millis(start);
      if (read == null || read.tables().size() != tables) {
        throw new IllegalStateException("the shadow database gave back the wrong model");
      }
      return String.format(
          "Shadow database for %d tables on %s: %d ms (create, create script, read back, drop)",
          tables, server.label(), ms);
    }
  }

  /** The model with a change in every fifth table. */
  static SchemaModel changed(SchemaModel m) {
    List<Table> tables = new ArrayList<>();
    for (int i = 0; i < m.tables().size(); i++) {
      Table t = m.tables().get(i);
      if (i % 5 != 1) {
        tables.add(t);
        continue;
      }
      List<Column> cols = new ArrayList<>(t.columns());
      cols.add(Column.of("extra", TypeRef.builtin("text"), true));
      cols.replaceAll(
          c -> c.name().equals("note") ? Column.of("note", TypeRef.builtin("text"), true) : c);
      List<Index> indexes = new ArrayList<>(t.indexes());
      indexes.remove(indexes.size() - 1);
      List<CheckConstraint> checks =
          List.of(
              new CheckConstraint(
                  t.name().name() + "_amount_check", "amount > 0", false, null, null));
      tables.add(
          TableBuilder.table(t.name(), cols)
              .primaryKey(t.primaryKey())
              .uniques(t.uniques())
              .checks(checks)
              .foreignKeys(t.foreignKeys())
              .indexes(indexes)
              .triggers(t.triggers())
              .comment(String.valueOf(t.comment()))
              .build());
    }
    return m.withTables(tables);
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
