package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MockClock;
import io.micrometer.core.instrument.simple.SimpleConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.error.PgOrmException;
import io.pgorm.metrics.PgOrmMeters;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.test.util.TestLogger;

class SlowStatementLogTest {

  private final MockClock clock = new MockClock();
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry(SimpleConfig.DEFAULT, clock);
  private final TestLogger logger = new TestLogger(false);

  @Test
  void slowStatementIsLoggedWithDurationRowsAndParameterCountButNoValues() {
    ClientMetrics metrics = metrics(registry, Duration.ofSeconds(1));

    StatementSample sample =
        metrics.statements().start("SELECT *\n  FROM users\n  WHERE email = $1", 1);
    clock.add(Duration.ofMillis(1500));
    sample.success(12);

    assertThat(logged())
        .isEqualTo(
            "[ WARN] Slow statement on client 'main': took 1500 ms, over the"
                + " slowStatementThreshold of 1000 ms; outcome success, 12 rows; 1 bound parameter"
                + " (values not logged); SQL: SELECT * FROM users WHERE email = $1\n");
    assertThat(
            registry
                .get(PgOrmMeters.STATEMENT_SLOW)
                .tag("operation", "select")
                .tag("table", "users")
                .counter()
                .count())
        .isEqualTo(1.0);
  }

  @Test
  void failedSlowStatementShowsTheSqlStateButNotTheServerMessage() {
    ClientMetrics metrics = metrics(registry, Duration.ofMillis(100));

    StatementSample sample = metrics.statements().start("INSERT INTO users VALUES ($1, $2)", 2);
    clock.add(Duration.ofMillis(250));
    sample.error(
        new PgOrmException("Key (email)=(alice@example.com) already exists", "23505", null));

    assertThat(logged())
        .contains("took 250 ms, over the slowStatementThreshold of 100 ms; outcome error")
        .contains("(SQLSTATE 23505); 2 bound parameters (values not logged)")
        .doesNotContain("alice");
  }

  @Test
  void cancelledAndClientSideFailuresAreLoggedToo() {
    ClientMetrics metrics = metrics(registry, Duration.ofMillis(5));

    StatementSample cancelled = metrics.statements().start("SELECT 1", 0);
    StatementSample failed = metrics.statements().start("SELECT 2", 0);
    clock.add(Duration.ofMillis(7));
    cancelled.cancel();
    failed.error(new IllegalStateException("decoding failed"));

    assertThat(logged())
        .contains(
            "took 7.000 ms, over the slowStatementThreshold of 5.000 ms; outcome cancel;"
                + " 0 bound parameters")
        .contains("outcome error (client-side); 0 bound parameters");
  }

  @Test
  void statementAtTheThresholdIsNotSlow() {
    ClientMetrics metrics = metrics(registry, Duration.ofSeconds(1));

    StatementSample sample = metrics.statements().start("SELECT 1", 0);
    clock.add(Duration.ofSeconds(1));
    sample.success(1);

    assertThat(logged()).isEmpty();
    assertThat(registry.find(PgOrmMeters.STATEMENT_SLOW).counters()).isEmpty();
  }

  @Test
  void zeroThresholdTurnsTheLogOff() {
    ClientMetrics metrics = metrics(registry, Duration.ZERO);

    StatementSample sample = metrics.statements().start("SELECT 1", 0);
    clock.add(Duration.ofHours(1));
    sample.success(1);

    assertThat(logged()).isEmpty();
    assertThat(registry.get(PgOrmMeters.STATEMENT).timer().count()).isEqualTo(1);
  }

  @Test
  void hugeThresholdMeansNever() {
    ClientMetrics metrics = metrics(registry, Duration.ofDays(365L * 1000));

    StatementSample sample = metrics.statements().start("SELECT 1", 0);
    clock.add(Duration.ofDays(365L * 100));
    sample.success(1);

    assertThat(logged()).isEmpty();
  }

  @Test
  void logWorksWithoutARegistry() {
    ClientMetrics metrics = metrics(null, Duration.ofMillis(10));

    StatementSample sample = metrics.statements().start("DELETE FROM t", 0);
    clock.add(Duration.ofMillis(20));
    sample.success(3);

    assertThat(logged()).contains("took 20 ms").contains("3 rows").contains("DELETE FROM t");
  }

  @Test
  void longSqlIsCutAtFiveHundredCharactersWithItsLengthNoted() {
    String sql = "SELECT " + "x, ".repeat(300) + "y FROM t";
    StringBuilder out = new StringBuilder();

    SlowStatementLog.appendSql(out, sql);

    assertThat(out.toString())
        .startsWith("SELECT x, x,")
        .endsWith("... (" + sql.length() + " chars)")
        .hasSize(
            SlowStatementLog.MAX_SQL_CHARS + (" ... (" + sql.length() + " chars)").length() - 1);
  }

  @Test
  void sqlExactlyAtTheLimitIsNotCut() {
    String sql = "  " + "a".repeat(SlowStatementLog.MAX_SQL_CHARS) + " \n ";
    StringBuilder out = new StringBuilder();

    SlowStatementLog.appendSql(out, sql);

    assertThat(out.toString()).isEqualTo("a".repeat(SlowStatementLog.MAX_SQL_CHARS));
  }

  @Test
  void durationsBelowTenMillisecondsKeepTheirFraction() {
    assertThat(SlowStatementLog.millis(1_500_000)).isEqualTo("1.500 ms");
    assertThat(SlowStatementLog.millis(10_000_000)).isEqualTo("10 ms");
    assertThat(SlowStatementLog.millis(61_234_567_890L)).isEqualTo("61234 ms");
  }

  private ClientMetrics metrics(@Nullable SimpleMeterRegistry registry, Duration threshold) {
    return ClientMetrics.create(registry, "main", List.of(), threshold, clock, logger);
  }

  private String logged() {
    return logger.getErrContent() + logger.getOutContent();
  }
}
