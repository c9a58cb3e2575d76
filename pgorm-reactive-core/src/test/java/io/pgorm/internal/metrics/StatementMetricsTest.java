package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.error.PgOrmException;
import io.pgorm.metrics.PgOrmMeters;
import io.r2dbc.spi.R2dbcDataIntegrityViolationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.test.util.TestLogger;

class StatementMetricsTest {

  private final MockClock clock = new MockClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
  private final TestLogger logger = new TestLogger(false);
  private final ClientMetrics metrics =
      ClientMetrics.create(
          registry, "main", List.of(Tag.of("app", "shop")), Duration.ofSeconds(1), clock, logger);

  @Test
  void successIsTimedWithOperationTableOutcomeAndCommonTags() {
    StatementSample sample = metrics.statements().start("SELECT * FROM users WHERE id = $1", 1);
    clock.add(Duration.ofMillis(25));
    sample.success(1);

    Timer timer = registry.get(PgOrmMeters.STATEMENT).timer();
    assertThat(timer.getId().getTags())
        .containsExactlyInAnyOrder(
            Tag.of("app", "shop"),
            Tag.of("client", "main"),
            Tag.of("operation", "select"),
            Tag.of("table", "users"),
            Tag.of("outcome", "success"));
    assertThat(timer.count()).isEqualTo(1);
    assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(25.0);
    assertThat(registry.find(PgOrmMeters.STATEMENT_ERRORS).counters()).isEmpty();
  }

  @Test
  void repeatedStatementsShareOneTimer() {
    for (int i = 0; i < 3; i++) {
      metrics.statements().start("UPDATE accounts SET a = $1", 1).success(1);
    }
    metrics.statements().start("update accounts set b = 2", 0).success(1);

    assertThat(registry.get(PgOrmMeters.STATEMENT).tag("table", "accounts").timers())
        .singleElement()
        .satisfies(timer -> assertThat(timer.count()).isEqualTo(4));
  }

  @Test
  void errorCountsBySqlStateClassFromTheTranslatedException() {
    metrics
        .statements()
        .start("INSERT INTO users (email) VALUES ($1)", 1)
        .error(new PgOrmException("duplicate email", "23505", null));

    assertThat(errors("23").count()).isEqualTo(1.0);
    assertThat(errors("23").getId().getTags())
        .contains(Tag.of("operation", "insert"), Tag.of("table", "users"));
    assertThat(registry.get(PgOrmMeters.STATEMENT).tag("outcome", "error").timer().count())
        .isEqualTo(1);
  }

  @Test
  void errorFindsTheDriverSqlStateAlongTheCauseChain() {
    metrics
        .statements()
        .start("DELETE FROM users", 0)
        .error(
            new PgOrmException(
                "wrapped", new R2dbcDataIntegrityViolationException("fk violated", "23503")));

    assertThat(errors("23").count()).isEqualTo(1.0);
  }

  @Test
  void errorWithoutSqlStateIsAClientError() {
    metrics.statements().start("SELECT 1", 0).error(new IllegalStateException("codec"));
    metrics.statements().start("SELECT 1", 0).error(new PgOrmException("closed"));

    assertThat(errors("client").count()).isEqualTo(2.0);
  }

  @Test
  void malformedSqlStateIsTaggedOther() {
    metrics.statements().start("SELECT 1", 0).error(new PgOrmException("odd", "x", null));

    assertThat(errors("other").count()).isEqualTo(1.0);
  }

  @Test
  void cancelIsItsOwnOutcome() {
    metrics.statements().start("SELECT * FROM events", 0).cancel();

    assertThat(registry.get(PgOrmMeters.STATEMENT).tag("outcome", "cancel").timer().count())
        .isEqualTo(1);
  }

  @Test
  void onlyTheFirstEndOfASampleCounts() {
    StatementSample sample = metrics.statements().start("SELECT * FROM events", 0);
    sample.success(3);
    sample.cancel();
    sample.error(new PgOrmException("late", "57014", null));

    assertThat(registry.get(PgOrmMeters.STATEMENT).timers())
        .singleElement()
        .satisfies(timer -> assertThat(timer.getId().getTag("outcome")).isEqualTo("success"));
    assertThat(registry.find(PgOrmMeters.STATEMENT_ERRORS).counters()).isEmpty();
  }

  @Test
  void tableTagStopsGrowingAtTheLimitAndKnownTablesKeepTheirName() {
    for (int i = 0; i < ClientMetrics.MAX_TABLES + 50; i++) {
      metrics.statements().start("SELECT * FROM t" + i, 0).success(0);
    }
    metrics.statements().start("SELECT * FROM t0 WHERE true", 0).success(0);

    List<String> tables =
        registry.get(PgOrmMeters.STATEMENT).timers().stream()
            .map(timer -> timer.getId().getTag("table"))
            .toList();
    assertThat(tables).hasSize(ClientMetrics.MAX_TABLES + 1).contains("t0", "other");
    assertThat(registry.get(PgOrmMeters.STATEMENT).tag("table", "other").timer().count())
        .isEqualTo(50);
    assertThat(registry.get(PgOrmMeters.STATEMENT).tag("table", "t0").timer().count()).isEqualTo(2);
  }

  @ParameterizedTest(name = "{0} threads")
  @ValueSource(ints = {2, 8})
  void concurrentStatementsAreAllCountedAndTheTableLimitHolds(int threads) throws Exception {
    int perThread = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> runs = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        runs.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    StatementSample sample =
                        metrics.statements().start("SELECT * FROM t" + (i + offset) % 300, 0);
                    sample.success(1);
                    sample.cancel();
                  }
                }));
      }
      for (Future<?> run : runs) {
        run.get(30, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    List<Timer> timers = List.copyOf(registry.get(PgOrmMeters.STATEMENT).timers());
    assertThat(timers).hasSize(ClientMetrics.MAX_TABLES + 1);
    assertThat(timers.stream().mapToLong(Timer::count).sum()).isEqualTo((long) threads * perThread);
  }

  @Test
  void sqlCacheIsBounded() {
    StatementMeters meters =
        new StatementMeters(new RegisteredMeters(registry, Tags.of("client", "c")), 10);
    for (int i = 0; i < 3 * StatementMeters.MAX_CACHED_STATEMENTS; i++) {
      meters.record("SELECT " + i + " FROM t", Outcome.SUCCESS, 1, null, false);
    }

    assertThat(meters.cachedStatements())
        .isPositive()
        .isLessThanOrEqualTo(StatementMeters.MAX_CACHED_STATEMENTS);
  }

  @Test
  void closeRemovesEveryMeterAndLaterStatementsRegisterNothing() {
    metrics.statements().start("SELECT * FROM a", 0).success(1);
    metrics.statements().start("SELECT * FROM b", 0).error(new PgOrmException("x", "42P01", null));
    StatementSample running = metrics.statements().start("SELECT * FROM c", 0);
    assertThat(registry.getMeters()).isNotEmpty();

    metrics.close();
    running.success(1);
    metrics.statements().start("SELECT * FROM d", 0).success(1);
    metrics.close();

    assertThat(registry.getMeters()).extracting(Meter::getId).isEmpty();
  }

  private io.micrometer.core.instrument.Counter errors(String sqlStateClass) {
    return registry
        .get(PgOrmMeters.STATEMENT_ERRORS)
        .tag(PgOrmMeters.TAG_SQLSTATE_CLASS, sqlStateClass)
        .counter();
  }
}
