package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.error.PgOrmException;
import io.pgorm.metrics.PgOrmMeters;
import io.r2dbc.spi.R2dbcRollbackException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import reactor.test.util.TestLogger;

class TransactionMetricsTest {

  private final MockClock clock = new MockClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
  private final TransactionMetrics transactions =
      ClientMetrics.create(registry, "main", List.of(), Duration.ZERO, clock, new TestLogger(false))
          .transactions();

  @Test
  void metersExistAtZeroBeforeTheFirstTransaction() {
    assertThat(registry.get(PgOrmMeters.TX_COMMITS).counter().count()).isZero();
    assertThat(registry.get(PgOrmMeters.TX_ROLLBACKS).counters())
        .extracting(counter -> counter.getId().getTag("reason"))
        .containsExactlyInAnyOrder("error", "cancel", "explicit");
    assertThat(registry.get(PgOrmMeters.TX).timers())
        .extracting(timer -> timer.getId().getTag("outcome"))
        .containsExactlyInAnyOrder("commit", "rollback");
  }

  @Test
  void commitIsCountedAndTimed() {
    TransactionSample tx = transactions.begin();
    clock.add(Duration.ofMillis(40));
    tx.commit();

    assertThat(registry.get(PgOrmMeters.TX_COMMITS).counter().count()).isEqualTo(1.0);
    assertThat(
            registry
                .get(PgOrmMeters.TX)
                .tag("outcome", "commit")
                .timer()
                .totalTime(TimeUnit.MILLISECONDS))
        .isEqualTo(40.0);
    assertThat(registry.get(PgOrmMeters.TX_COMMITS).counter().getId().getTags())
        .containsExactly(Tag.of("client", "main"));
  }

  @Test
  void rollbacksAreCountedByReasonAndTimedTogether() {
    transactions.begin().rollback(RollbackReason.ERROR);
    transactions.begin().rollback(RollbackReason.CANCEL);
    transactions.begin().rollback(RollbackReason.EXPLICIT);
    transactions.begin().rollback(RollbackReason.EXPLICIT);

    assertThat(rollbacks("error")).isEqualTo(1.0);
    assertThat(rollbacks("cancel")).isEqualTo(1.0);
    assertThat(rollbacks("explicit")).isEqualTo(2.0);
    assertThat(registry.get(PgOrmMeters.TX).tag("outcome", "rollback").timer().count())
        .isEqualTo(4);
  }

  @Test
  void onlyTheFirstEndOfATransactionCounts() {
    TransactionSample tx = transactions.begin();
    tx.commit();
    tx.rollback(RollbackReason.CANCEL);
    tx.commit();

    assertThat(registry.get(PgOrmMeters.TX_COMMITS).counter().count()).isEqualTo(1.0);
    assertThat(rollbacks("cancel")).isZero();
  }

  @Test
  void retriesAreCountedBySqlState() {
    transactions.retry(new PgOrmException("could not serialize", "40001", null));
    transactions.retry(new PgOrmException("could not serialize", "40001", null));
    transactions.retry(new PgOrmException("tx", new R2dbcRollbackException("deadlock", "40P01")));
    transactions.retry(new IllegalStateException("no state"));

    assertThat(retries("40001")).isEqualTo(2.0);
    assertThat(retries("40P01")).isEqualTo(1.0);
    assertThat(retries("client")).isEqualTo(1.0);
  }

  private double rollbacks(String reason) {
    return registry.get(PgOrmMeters.TX_ROLLBACKS).tag("reason", reason).counter().count();
  }

  private double retries(String sqlState) {
    return registry.get(PgOrmMeters.TX_RETRIES).tag("sqlstate", sqlState).counter().count();
  }
}
