package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Cancelling a transaction at each stage leaves no transaction open on the server and the one
 * pooled connection free for the next caller.
 */
@PgTest
class CancellationTest {

  private static TestDatabase database;
  private static PgOrm admin;
  private PgOrm db;

  @BeforeAll
  static void setUp(TestDatabase testDatabase) throws Exception {
    database = testDatabase;
    admin = Clients.create(database, b -> b.applicationName("pgorm-admin"));
    admin.sql("CREATE TABLE t (id int PRIMARY KEY)").execute().block();
    // A deferred constraint trigger that sleeps makes COMMIT itself slow, so a test can cancel
    // while COMMIT runs.
    admin
        .sql(
            "CREATE FUNCTION slow_commit() RETURNS trigger LANGUAGE plpgsql AS"
                + " $$ BEGIN PERFORM pg_sleep(0.5); RETURN NULL; END $$")
        .execute()
        .block();
    admin
        .sql(
            "CREATE CONSTRAINT TRIGGER slow AFTER INSERT ON t DEFERRABLE INITIALLY DEFERRED"
                + " FOR EACH ROW EXECUTE FUNCTION slow_commit()")
        .execute()
        .block();
  }

  @AfterAll
  static void tearDown() {
    admin.close();
  }

  @BeforeEach
  void client() {
    db = Clients.create(database, b -> b.maxSize(1).applicationName("pgorm-cancel"));
    admin.sql("TRUNCATE t").execute().block();
  }

  @AfterEach
  void close() {
    db.close();
  }

  private void assertCleanAndUsable() {
    await().atMost(Duration.ofSeconds(5)).until(() -> db.poolStats().acquired() == 0);
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> Clients.openTransactions(admin, database.name(), "pgorm-cancel") == 0);
    // Pool of one: this succeeds only if the cancelled work gave its connection back.
    assertThat(db.sql("SELECT 1").execute().block(Duration.ofSeconds(3))).isEqualTo(1L);
  }

  @Test
  void cancelBeforeTheFirstResult() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    Disposable sub =
        db.inTransaction(
                tx ->
                    db.sql("INSERT INTO t VALUES (1)")
                        .execute()
                        .doOnSuccess(n -> started.countDown())
                        .then(db.sql("SELECT pg_sleep(2)").execute()))
            .subscribe();
    assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
    sub.dispose();
    assertCleanAndUsable();
    assertThat(count()).isZero();
  }

  @Test
  void cancelMidRows() throws Exception {
    Long seen =
        db.inTransactionMany(
                tx ->
                    db.sql("INSERT INTO t VALUES (1)")
                        .execute()
                        .thenMany(
                            db.sql("SELECT g FROM generate_series(1, 200000) g")
                                .map((r, m) -> r.get(0, Integer.class))))
            .take(10)
            .count()
            .block(Duration.ofSeconds(10));
    assertThat(seen).isEqualTo(10L);
    assertCleanAndUsable();
    assertThat(count()).isZero();
  }

  @Test
  void cancelDuringCommitLetsCommitFinish() throws Exception {
    CountDownLatch bodyDone = new CountDownLatch(1);
    Disposable sub =
        db.inTransaction(
                tx ->
                    db.sql("INSERT INTO t VALUES (7)")
                        .execute()
                        .doOnSuccess(n -> bodyDone.countDown()))
            .subscribe();
    assertThat(bodyDone.await(5, TimeUnit.SECONDS)).isTrue();
    // COMMIT now runs the 0.5 s deferred trigger; cancel in the middle of it.
    await().pollDelay(Duration.ofMillis(150)).until(() -> true);
    sub.dispose();
    assertCleanAndUsable();
    // A COMMIT under way is not taken back: the row is there.
    assertThat(count()).isEqualTo(1L);
  }

  private long count() {
    Long n = admin.sql("SELECT count(*) FROM t").first((r, m) -> r.get(0, Long.class)).block();
    return n == null ? 0 : n;
  }

  @Test
  void cancelledPlainQueryReturnsTheConnection() {
    Mono<Long> slow = db.sql("SELECT pg_sleep(2)").execute();
    Disposable sub = slow.subscribe();
    await().until(() -> db.poolStats().acquired() == 1);
    sub.dispose();
    await().atMost(Duration.ofSeconds(5)).until(() -> db.poolStats().acquired() == 0);
  }
}
