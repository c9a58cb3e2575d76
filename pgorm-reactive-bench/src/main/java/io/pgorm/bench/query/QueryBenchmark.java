package io.pgorm.bench.query;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: one operation in flight at a time, query layer against the raw driver. Run with {@code
 * bin/bench-query jmh} (server from {@code PGORM_BENCH_URL}). Add {@code -prof gc} to the JMH
 * arguments for allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class QueryBenchmark {

  private PgOrm db;
  private Workloads w;

  @Setup(Level.Trial)
  public void setUp() {
    String url =
        System.getenv()
            .getOrDefault("PGORM_BENCH_URL", "postgresql://postgres@127.0.0.1:5432/postgres");
    db = PgOrm.create(PgOrmConfig.builder().url(url).sslMode(SslMode.DISABLE).maxSize(10).build());
    for (String statement : Model.SCHEMA) {
      db.sql(statement).execute().block(Duration.ofMinutes(2));
    }
    w = new Workloads(db);
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    db.sql("DROP SCHEMA pgorm_bench CASCADE").execute().block(Duration.ofMinutes(1));
    db.close();
  }

  @Benchmark
  public Object findByIdRaw() {
    return w.rawFindById().block();
  }

  @Benchmark
  public Object findByIdQuery() {
    return w.ormFindById().block();
  }

  @Benchmark
  public Object pageRaw() {
    return w.rawPage().block();
  }

  @Benchmark
  public Object pageQuery() {
    return w.ormPage().block();
  }

  @Benchmark
  public Object includeRaw() {
    return w.rawInclude().block();
  }

  @Benchmark
  public Object includeQuery() {
    return w.ormInclude().block();
  }
}
