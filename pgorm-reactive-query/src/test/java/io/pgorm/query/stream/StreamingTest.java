package io.pgorm.query.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Call;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.FunctionName;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.BaseSubscriber;

/** Streaming with a fetch size: bounded memory, backpressure to the server, cancellation. */
@PgTest
class StreamingTest {

  private static final int ROWS = 150_000;
  private static TestDatabase database;
  private static PgOrm admin;
  private static PgOrm db;
  private static QueryClient q;

  @BeforeAll
  static void setUp(TestDatabase testDatabase) {
    database = testDatabase;
    admin = Shop.client(database);
    admin.sql(Big.CREATE).execute().block();
    admin.sql(Big.FILL).bind(0, ROWS).execute().block(Duration.ofMinutes(1));
    admin.sql("CREATE SEQUENCE produced").execute().block();
    db = PgOrm.create(Shop.builder(database).applicationName("pgorm-stream").maxSize(1).build());
    q = QueryClient.of(db);
  }

  @AfterAll
  static void tearDown() {
    db.close();
    admin.close();
  }

  @Test
  void streamsMoreBytesThanTheHeapInAJvmOfItsOwn() throws Exception {
    String java =
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    Process p =
        new ProcessBuilder(
                java,
                "-Xmx64m",
                "-cp",
                System.getProperty("java.class.path"),
                StreamMain.class.getName(),
                database.url())
            .redirectErrorStream(true)
            .start();
    boolean done = p.waitFor(3, TimeUnit.MINUTES);
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(done).as(out).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    // 150,000 rows of 1,024 characters: 153.6 MB through a 64 MB heap.
    assertThat(out).contains("streamed 150000 rows, 153600000 bytes");
  }

  /** Rows the server has produced so far for a query that counts them with nextval. */
  private static long produced() {
    Long n =
        admin
            .sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM produced")
            .first((r, m) -> r.get(0, Long.class))
            .block();
    return n == null ? 0 : n;
  }

  @Test
  void aSlowSubscriberHoldsBackTheServer() {
    admin.sql("SELECT setval('produced', 1, false)").execute().block();
    // Each row the server produces advances the sequence; rows not fetched are never produced.
    Call<Long> counted =
        Call.of(
            FunctionName.builtIn("nextval"), Long.class, "bigint", List.of(Dsl.val("produced")));
    AtomicLong seen = new AtomicLong();
    BaseSubscriber<Long> slow =
        new BaseSubscriber<>() {
          @Override
          protected void hookOnSubscribe(org.reactivestreams.Subscription s) {
            request(10);
          }

          @Override
          protected void hookOnNext(Long value) {
            seen.incrementAndGet();
          }
        };
    q.stream(Dsl.select(counted).from(Big.TABLE), 100).subscribe(slow);
    await().atMost(Duration.ofSeconds(10)).until(() -> seen.get() == 10);
    // Give the pipeline time to over-fetch if it were going to.
    await().pollDelay(Duration.ofMillis(500)).until(() -> true);
    long fetched = produced();
    slow.dispose();
    // One portal fetch of 100 rows serves a demand of 10; measured: exactly 100.
    assertThat(fetched).isBetween(10L, 200L);
    assertNoQueryRuns();
  }

  @Test
  void cancellingMidStreamLeavesNoRunningQuery() {
    List<Big> first = q.stream(Dsl.selectFrom(Big.TABLE), 200).take(1_000).collectList().block();
    assertThat(first).hasSize(1_000);
    assertNoQueryRuns();
    // The one pooled connection is free again.
    assertThat(q.count(Dsl.selectFrom(Big.TABLE)).block(Duration.ofSeconds(10))).isEqualTo(ROWS);
  }

  @Test
  void cancellingBeforeTheFirstRowCancelsTheQueryOnTheServer() {
    // A query whose first row takes 30 seconds.
    Call<Object> sleep =
        Call.of(FunctionName.builtIn("pg_sleep"), Object.class, null, List.of(Dsl.val(30)));
    Disposable sub =
        q.stream(
                Dsl.selectFrom(Big.TABLE)
                    .where(Condition.of(Dsl.cast(sleep, "text", String.class).isNotNull())),
                100)
            .subscribe();
    await().atMost(Duration.ofSeconds(10)).until(() -> activeQueries() == 1);
    long start = System.nanoTime();
    sub.dispose();
    assertNoQueryRuns();
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    assertThat(q.count(Dsl.selectFrom(Big.TABLE)).block(Duration.ofSeconds(10))).isEqualTo(ROWS);
  }

  private static long activeQueries() {
    Long n =
        admin
            .sql(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND application_name ="
                    + " 'pgorm-stream' AND state = 'active' AND pid <> pg_backend_pid()")
            .bind(0, database.name())
            .first((r, m) -> r.get(0, Long.class))
            .block();
    return n == null ? 0 : n;
  }

  private static void assertNoQueryRuns() {
    await().atMost(Duration.ofSeconds(5)).until(() -> activeQueries() == 0);
  }
}
