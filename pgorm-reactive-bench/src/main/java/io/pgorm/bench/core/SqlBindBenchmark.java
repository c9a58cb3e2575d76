package io.pgorm.bench.core;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.Sql;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH: binding {@code n} values to one {@link Sql}, one {@code bind} call each (what the query
 * layer does for every rendered statement). {@code sqlBind} is the client's {@code Sql} (binds
 * chained, O(1) per bind); {@code copyPerBind} re-implements the algorithm it replaced (an array
 * copied on every bind, O(n) per bind) as the reference. No server: nothing is executed. Run with
 * {@code java -cp ... org.openjdk.jmh.Main SqlBindBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class SqlBindBenchmark {

  @Param({"10", "1000", "10000", "50000"})
  public int n;

  private PgOrm db;

  @Setup(Level.Trial)
  public void setUp() {
    // Creating the client opens no connection.
    db = PgOrm.create(PgOrmConfig.builder().url("postgresql://bench@127.0.0.1:1/none").build());
  }

  @TearDown(Level.Trial)
  public void tearDown() {
    db.close();
  }

  @Benchmark
  public Object sqlBind() {
    Sql s = db.sql("SELECT 1");
    for (int i = 0; i < n; i++) {
      s = s.bind(i, i);
    }
    return s;
  }

  @Benchmark
  public Object copyPerBind() {
    @Nullable Object[] binds = new Object[0];
    for (int i = 0; i < n; i++) {
      @Nullable Object[] next = Arrays.copyOf(binds, Math.max(binds.length, i + 1));
      next[i] = i;
      binds = next;
    }
    return binds;
  }
}
