package io.pgorm.migrate;

import io.pgorm.PgOrm;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.DatabaseResolver;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Introspection of a generated database of N tables (default 500; see {@link ManyTables}), timed
 * over repeated reads after a warm-up; prints the figures. Not a test: run it by hand, against the
 * server {@code PGORM_TEST_URL} names or embedded PostgreSQL:
 *
 * <pre>
 * mvn -q -pl pgorm-reactive-migrate -am test-compile
 * mvn -q -pl pgorm-reactive-migrate dependency:build-classpath -Dmdep.includeScope=test \
 *     -Dmdep.outputFile=/tmp/cp.txt
 * java -cp pgorm-reactive-migrate/target/test-classes:pgorm-reactive-migrate/target/classes:\
 * pgorm-reactive-core/target/classes:pgorm-reactive-test/target/classes:$(cat /tmp/cp.txt) \
 *     io.pgorm.migrate.IntrospectionBenchmark 500 20
 * </pre>
 *
 * (The module directories come first so that the build's classes win over older jars in the local
 * repository.) Measured 2026-11-24 on the 2-core build machine (busy with other builds), 500
 * tables, 30 reads after a warm-up: median 207 ms (min 186) on the PostgreSQL 15 server, median 182
 * ms (min 164) on embedded PostgreSQL 17.6; the first read of a fresh JVM about 0.5 s.
 */
public final class IntrospectionBenchmark {

  private IntrospectionBenchmark() {}

  public static void main(String[] args) {
    int tables = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    Result r = run(tables, runs);
    System.out.println(r);
  }

  /** The figures of one benchmark run, in milliseconds. */
  public record Result(
      String server,
      int tables,
      long setUpMs,
      long firstMs,
      long minMs,
      long medianMs,
      long maxMs) {
    @Override
    public String toString() {
      return String.format(
          "Introspection of %d tables on %s: median %d ms, min %d ms, max %d ms"
              + " (first read %d ms; creating the database took %d ms)",
          tables, server, medianMs, minMs, maxMs, firstMs, setUpMs);
    }
  }

  public static Result run(int tables, int runs) {
    DatabaseServer server = DatabaseResolver.forTests().resolve();
    try (TestDatabase database = server.createTestDatabase("bench" + tables);
        PgOrm db = Databases.client(database)) {
      SchemaModel model = ManyTables.model(tables);
      long start = System.nanoTime();
      db.sql(CreateScript.render(model)).execute().block(Duration.ofMinutes(5));
      db.sql("ANALYZE").execute().block(Duration.ofMinutes(5));
      long setUp = millis(start);

      Introspector introspector = Introspector.create(db);
      start = System.nanoTime();
      SchemaModel read = introspector.introspect().block(Duration.ofMinutes(1));
      long first = millis(start);
      if (read == null || read.tables().size() != tables) {
        throw new IllegalStateException(
            "read " + (read == null ? 0 : read.tables().size()) + " tables, expected " + tables);
      }
      for (int i = 0; i < 3; i++) {
        introspector.introspect().block(Duration.ofMinutes(1));
      }
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        start = System.nanoTime();
        introspector.introspect().block(Duration.ofMinutes(1));
        times.add(millis(start));
      }
      Collections.sort(times);
      return new Result(
          server.label(),
          tables,
          setUp,
          first,
          times.get(0),
          times.get(times.size() / 2),
          times.get(times.size() - 1));
    }
  }

  private static long millis(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
