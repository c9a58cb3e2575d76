package io.pgorm.internal.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.pgorm.metrics.PgOrmMeters;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/** Transaction meters in a registry; all but the retry counters exist from the start, at zero. */
final class DefaultTransactionMetrics implements TransactionMetrics {

  private final RegisteredMeters meters;
  private final Clock clock;
  private final Counter commits;
  private final Map<RollbackReason, Counter> rollbacks = new EnumMap<>(RollbackReason.class);
  private final Timer committed;
  private final Timer rolledBack;

  DefaultTransactionMetrics(RegisteredMeters meters) {
    this.meters = meters;
    this.clock = meters.registry().config().clock();
    this.commits = meters.counter(PgOrmMeters.TX_COMMITS, "Committed transactions", Tags.empty());
    for (RollbackReason reason : RollbackReason.values()) {
      rollbacks.put(
          reason,
          meters.counter(
              PgOrmMeters.TX_ROLLBACKS,
              "Rolled back transactions",
              Tags.of(PgOrmMeters.TAG_REASON, reason.tag())));
    }
    this.committed = txTimer("commit");
    this.rolledBack = txTimer("rollback");
  }

  private Timer txTimer(String outcome) {
    return meters.timer(
        PgOrmMeters.TX,
        "Transaction duration from begin to commit or rollback",
        Tags.of(PgOrmMeters.TAG_OUTCOME, outcome));
  }

  @Override
  public TransactionSample begin() {
    return new Sample(clock.monotonicTime());
  }

  @Override
  public void retry(Throwable cause) {
    meters
        .counter(
            PgOrmMeters.TX_RETRIES,
            "Transaction attempts retried after a retryable failure",
            Tags.of(PgOrmMeters.TAG_SQLSTATE, Causes.sqlStateTag(Causes.sqlState(cause))))
        .increment();
  }

  private final class Sample implements TransactionSample {

    private static final AtomicIntegerFieldUpdater<Sample> ENDED =
        AtomicIntegerFieldUpdater.newUpdater(Sample.class, "ended");

    private final long startNanos;
    private volatile int ended;

    Sample(long startNanos) {
      this.startNanos = startNanos;
    }

    @Override
    public void commit() {
      if (ENDED.compareAndSet(this, 0, 1)) {
        committed.record(clock.monotonicTime() - startNanos, TimeUnit.NANOSECONDS);
        commits.increment();
      }
    }

    @Override
    public void rollback(RollbackReason reason) {
      if (ENDED.compareAndSet(this, 0, 1)) {
        rolledBack.record(clock.monotonicTime() - startNanos, TimeUnit.NANOSECONDS);
        rollbacks.get(reason).increment();
      }
    }
  }
}
