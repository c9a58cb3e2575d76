package io.pgorm.internal.metrics;

import io.micrometer.core.instrument.Clock;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import org.jspecify.annotations.Nullable;

/** Times statements into the registry (when there is one) and the slow-statement log. */
final class DefaultStatementMetrics implements StatementMetrics {

  private final Clock clock;
  private final @Nullable StatementMeters meters;
  private final SlowStatementLog slowLog;

  /**
   * @param meters {@code null} when only the slow-statement log is on
   */
  DefaultStatementMetrics(Clock clock, @Nullable StatementMeters meters, SlowStatementLog slowLog) {
    this.clock = clock;
    this.meters = meters;
    this.slowLog = slowLog;
  }

  @Override
  public StatementSample start(String sql, int bindCount) {
    return new Sample(sql, bindCount, clock.monotonicTime());
  }

  private final class Sample implements StatementSample {

    private static final AtomicIntegerFieldUpdater<Sample> ENDED =
        AtomicIntegerFieldUpdater.newUpdater(Sample.class, "ended");

    private final String sql;
    private final int bindCount;
    private final long startNanos;
    private volatile int ended;

    Sample(String sql, int bindCount, long startNanos) {
      this.sql = sql;
      this.bindCount = bindCount;
      this.startNanos = startNanos;
    }

    @Override
    public void success(long rows) {
      end(Outcome.SUCCESS, rows, null);
    }

    @Override
    public void error(Throwable error) {
      end(Outcome.ERROR, -1, error);
    }

    @Override
    public void cancel() {
      end(Outcome.CANCEL, -1, null);
    }

    private void end(Outcome outcome, long rows, @Nullable Throwable error) {
      if (!ENDED.compareAndSet(this, 0, 1)) {
        return;
      }
      long nanos = clock.monotonicTime() - startNanos;
      boolean slow = slowLog.isSlow(nanos);
      if (meters != null) {
        meters.record(sql, outcome, nanos, error, slow);
      }
      if (slow) {
        slowLog.log(sql, bindCount, nanos, outcome, rows, error);
      }
    }
  }
}
