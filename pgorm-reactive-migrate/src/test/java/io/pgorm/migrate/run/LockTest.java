package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

import io.pgorm.migrate.MigrationLockException;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

/** The migration lock: waited for, released, and a clear error when it is not granted in time. */
@PgTest
class LockTest {

  // A waiting runner polls pg_try_advisory_lock: idle between polls, it shows as its last query.
  static final String WAITING =
      "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
          + " AND query LIKE 'SELECT pg_try_advisory_lock%'";

  Fixture f;
  PostgresqlConnection holder;

  @BeforeEach
  void setUp(DatabaseServer server, @TempDir Path dir) {
    f = Fixture.create(server, dir);
    f.write("20250101000000_t", "CREATE TABLE t (a int);", null);
    holder = Fixture.block(f.db.openDedicatedConnection().block());
    TransactionRulesTest.run(holder, "SELECT pg_advisory_lock(7)");
  }

  @AfterEach
  void tearDown() {
    Mono.from(holder.close()).block();
    f.close();
  }

  @Test
  void aRunnerWaitsForTheLockAndThenMigrates() throws Exception {
    CompletableFuture<MigrationReport> run = f.migrator(b -> b.lockKey(7)).migrate().toFuture();

    await().atMost(Duration.ofSeconds(10)).until(() -> f.one(WAITING).equals("1"));
    assertThat(run).isNotDone();
    assertThat(f.one("SELECT to_regclass('pgorm.schema_migrations') IS NULL"))
        .as("nothing happens before the lock is granted")
        .isEqualTo("true");

    TransactionRulesTest.run(holder, "SELECT pg_advisory_unlock(7)");
    MigrationReport report = run.get(30, TimeUnit.SECONDS);

    assertThat(report.migrations())
        .extracting(MigrationResult::id)
        .containsExactly("20250101000000_t");
    assertThat(report.lockWait()).isPositive();
    assertThat(f.one("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'"))
        .as("released")
        .isEqualTo("0");
  }

  @Test
  void aLockNotGrantedInTimeNamesItsHolder() {
    String pid = f.one("SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted");

    MigrationLockException e =
        catchThrowableOfType(
            MigrationLockException.class,
            () ->
                f.migrator(b -> b.lockKey(7).lockWaitTimeout(Duration.ofMillis(200)))
                    .migrate()
                    .block(Fixture.TIMEOUT));

    assertThat(e.getMessage())
        .matches(
            "Timed out after \\d+ ms waiting for the migration lock \\(advisory lock 7\\), held by"
                + " pid "
                + pid
                + " \\(application 'pgorm-migrate-test', client \\S+, connected since \\S+,"
                + " idle\\)\\. Hint: another runner is migrating or stuck: wait for it, end its"
                + " session with pg_terminate_backend\\(pid\\), or raise lockWaitTimeout\\.");
    assertThat(e.lockKey()).isEqualTo(7);
    assertThat(e.waited()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    assertThat(e.sqlState()).isEqualTo("55P03");
    await().atMost(Duration.ofSeconds(10)).until(() -> f.one(WAITING).equals("0"));
  }
}
