package io.pgorm.bench.query;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import reactor.core.publisher.Mono;

/**
 * The closed-loop comparison of the query layer with raw r2dbc-postgresql on the same pool. Run
 * with {@code bin/bench-query [seconds] [rounds] [workload]}; the server is {@code PGORM_BENCH_URL}
 * (default {@code postgresql://postgres@127.0.0.1:5432/postgres}), where it creates and finally
 * drops schema {@code pgorm_bench}. Prints a Markdown table: the median of the rounds, raw and
 * query layer interleaved in each round.
 */
public final class QueryBench {

  private record Case(
      String name, int inFlight, Supplier<Mono<?>> raw, Supplier<Mono<?>> orm, boolean writes) {}

  private QueryBench() {}

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 6;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    String url =
        System.getenv()
            .getOrDefault("PGORM_BENCH_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    try (PgOrm db =
        PgOrm.create(
            PgOrmConfig.builder()
                .url(url)
                .sslMode(SslMode.DISABLE)
                .applicationName("pgorm-bench")
                .maxSize(10)
                .build())) {
      for (String statement : Model.SCHEMA) {
        db.sql(statement).execute().block(Duration.ofMinutes(2));
      }
      Workloads w = new Workloads(db);
      List<Case> cases =
          List.of(
              new Case("findById", 1, w::rawFindById, w::ormFindById, false),
              new Case("findById", 64, w::rawFindById, w::ormFindById, false),
              new Case("filtered page of 20", 1, w::rawPage, w::ormPage, false),
              new Case("1:N include (20 parents)", 1, w::rawInclude, w::ormInclude, false),
              new Case("insertAll(10,000)", 1, w::rawInsertAll, w::ormInsertAll, true));
      String only = args.length > 2 ? args[2] : "";
      System.out.printf(
          Locale.ROOT,
          "%d s per run after a %d s warm-up, %d rounds (ops/s: median; ratio: median of the rounds' ratios), pool of 10, JDK %s, %d CPUs%n%n",
          seconds,
          Math.max(2, seconds / 2),
          rounds,
          System.getProperty("java.version"),
          Runtime.getRuntime().availableProcessors());
      System.out.println(
          "| workload | in flight | raw ops/s | query ops/s | ratio | raw CPU µs/op | query CPU µs/op"
              + " | raw alloc/op | query alloc/op |");
      System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      for (Case c : cases) {
        if (c.name().contains(only)) {
          measure(w, c, seconds, rounds);
        }
      }
      if (only.isEmpty() || "bulk".equals(only)) {
        bulk(w, rounds);
      }
      db.sql("DROP SCHEMA pgorm_bench CASCADE").execute().block(Duration.ofMinutes(1));
    }
  }

  private static void measure(Workloads w, Case c, int seconds, int rounds) {
    Duration run = Duration.ofSeconds(seconds);
    Duration warm = Duration.ofSeconds(Math.max(2, seconds / 2));
    List<ClosedLoop.Result> raw = new ArrayList<>();
    List<ClosedLoop.Result> orm = new ArrayList<>();
    ClosedLoop.run(c.raw(), c.inFlight(), warm);
    ClosedLoop.run(c.orm(), c.inFlight(), warm);
    for (int r = 0; r < rounds; r++) {
      if (c.writes()) {
        w.truncateEvents().block();
      }
      raw.add(ClosedLoop.run(c.raw(), c.inFlight(), run));
      if (c.writes()) {
        w.truncateEvents().block();
      }
      orm.add(ClosedLoop.run(c.orm(), c.inFlight(), run));
    }
    ClosedLoop.Result a = median(raw);
    ClosedLoop.Result b = median(orm);
    // Raw and query layer run back to back in each round, so each round's ratio sees the same
    // background load; the median of those ratios is steadier than the ratio of medians.
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      ratios.add(orm.get(r).opsPerSecond() / raw.get(r).opsPerSecond());
    }
    ratios.sort(Comparator.naturalOrder());
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %,.0f | %,.0f | %.2f | %,.0f | %,.0f | %s | %s |%n",
        c.name(),
        c.inFlight(),
        a.opsPerSecond(),
        b.opsPerSecond(),
        ratios.get(ratios.size() / 2),
        a.cpuMicrosPerOp(),
        b.cpuMicrosPerOp(),
        bytes(a.bytesPerOp()),
        bytes(b.bytesPerOp()));
  }

  /** Ways to write 10,000 rows, timed over a fixed number of batches each. */
  private static void bulk(Workloads w, int rounds) {
    System.out.println();
    System.out.println(
        "| 10,000 rows written by | rows/s | ms per batch | client CPU ms per batch |");
    System.out.println("| --- | ---: | ---: | ---: |");
    bulkRow(w, "driver binding batch, row by row (raw)", w::rawRowByRow, 1, rounds);
    bulkRow(w, "INSERT ... SELECT FROM unnest (raw)", w::rawInsertAll, 10, rounds);
    bulkRow(w, "insertAll: unnest, RETURNING * (query layer)", w::ormInsertAll, 10, rounds);
    bulkRow(w, "copyIn: COPY FROM STDIN (query layer)", w::ormCopy, 10, rounds);
  }

  private static void bulkRow(
      Workloads w, String name, Supplier<Mono<?>> op, int batches, int rounds) {
    List<ClosedLoop.Result> results = new ArrayList<>();
    ClosedLoop.times(op, 1);
    for (int r = 0; r < rounds; r++) {
      w.truncateEvents().block();
      results.add(ClosedLoop.times(op, batches));
    }
    ClosedLoop.Result m = median(results);
    System.out.printf(
        Locale.ROOT,
        "| %s | %,.0f | %,.1f | %,.1f |%n",
        name,
        m.opsPerSecond() * Workloads.BATCH,
        1000 / m.opsPerSecond(),
        m.cpuMicrosPerOp() / 1000);
  }

  private static ClosedLoop.Result median(List<ClosedLoop.Result> results) {
    List<ClosedLoop.Result> sorted = new ArrayList<>(results);
    sorted.sort(Comparator.comparingDouble(ClosedLoop.Result::opsPerSecond));
    return sorted.get(sorted.size() / 2);
  }

  private static String bytes(double b) {
    if (b >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", b / (1 << 20));
    }
    if (b >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f kB", b / (1 << 10));
    }
    return String.format(Locale.ROOT, "%.0f B", b);
  }
}
