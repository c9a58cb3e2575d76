package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.error.PgOrmException;
import io.pgorm.metrics.PgOrmMeters;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The "Reading the meters" snippet of docs/metrics.md, kept compiling and true. */
class MetricsDocExampleTest {

  @Test
  void readingTheMeters() {
    MockClock clock = new MockClock();
    MeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
    ClientMetrics metrics =
        ClientMetrics.create(registry, "main", Tags.of("app", "shop"), Duration.ZERO);
    StatementSample sample = metrics.statements().start("SELECT * FROM users", 0);
    clock.add(Duration.ofMillis(8));
    sample.success(1);
    metrics
        .statements()
        .start("INSERT INTO users VALUES ($1)", 1)
        .error(new PgOrmException("duplicate", "23505", null));

    // --- snippet start
    Timer selects =
        registry
            .get(PgOrmMeters.STATEMENT)
            .tag(PgOrmMeters.TAG_CLIENT, "main")
            .tag(PgOrmMeters.TAG_OPERATION, "select")
            .tag(PgOrmMeters.TAG_TABLE, "users")
            .tag(PgOrmMeters.TAG_OUTCOME, "success")
            .timer();
    long count = selects.count();
    double meanMillis = selects.mean(TimeUnit.MILLISECONDS);

    double uniqueViolations =
        registry
            .find(PgOrmMeters.STATEMENT_ERRORS)
            .tag(PgOrmMeters.TAG_SQLSTATE_CLASS, "23")
            .counters()
            .stream()
            .mapToDouble(Counter::count)
            .sum();
    // --- snippet end

    assertThat(count).isEqualTo(1);
    assertThat(meanMillis).isEqualTo(8.0);
    assertThat(uniqueViolations).isEqualTo(1.0);
  }
}
