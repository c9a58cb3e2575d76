package io.pgorm.listen;

import static io.pgorm.listen.ChangeLogFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

@PgTest
class ChangeHooksTest {

  private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private static PgOrm db;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db =
        PgOrm.create(
            ChangeLogFixture.config(database).poolName("hooks").meterRegistry(registry).build());
    ChangeLogFixture.install(db);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void failingHookIsRetriedThenSkippedWithoutStoppingTheOthers() {
    List<String> seen = new CopyOnWriteArrayList<>();
    AtomicInteger flakyTries = new AtomicInteger();
    try (PgListener listener = PgListener.create(db)) {
      ChangeFeed feed =
          ChangeFeed.create(
              db, listener, ChangeFeedOptions.defaults().withPollInterval(Duration.ofMillis(500)));
      feed.position("hooks").block();
      ChangeHooks hooks =
          ChangeHooks.create(
                  db,
                  feed,
                  HookOptions.defaults().withRetries(2, Duration.ofMillis(1), Duration.ofMillis(5)))
              .onInsert(ITEM, c -> Mono.fromRunnable(() -> seen.add("insert " + c.key().get("id"))))
              .onDelete(ITEM, c -> Mono.fromRunnable(() -> seen.add("delete " + c.key().get("id"))))
              .onInsert(
                  ITEM,
                  c ->
                      Mono.fromRunnable(flakyTries::incrementAndGet)
                          .then(Mono.error(new IllegalStateException("always fails"))));
      Disposable running = hooks.start("hooks");
      db.sql("INSERT INTO app.item VALUES (1, 'a'), (2, 'b')").execute().block();
      db.sql("UPDATE app.item SET name = 'c' WHERE id = 1").execute().block();
      db.sql("DELETE FROM app.item WHERE id = 2").execute().block();
      // The watermark is cluster-wide: other sessions on a shared server may hold it back a while.
      await().atMost(Duration.ofSeconds(30)).until(() -> seen.size() == 3);
      running.dispose();
      assertThat(seen).containsExactly("insert 1", "insert 2", "delete 2");
      assertThat(flakyTries.get()).isEqualTo(6); // 2 inserts x (1 try + 2 retries)
      assertThat(hooks.failures()).isEqualTo(2);
      assertThat(
              registry
                  .get("pgorm.hooks.failures")
                  .tags("client", "hooks", "operation", "INSERT")
                  .counter()
                  .count())
          .isEqualTo(2);
      await()
          .until(
              () ->
                  registry
                          .get("pgorm.changes.delivered")
                          .tags("consumer", "hooks")
                          .counter()
                          .count()
                      == 4);
      assertThat(registry.get("pgorm.changes.lag").tags("consumer", "hooks").timer().count())
          .isEqualTo(4);
      // (pgorm.listen.notifications depends on whether LISTEN was up before the writes; not
      // asserted)
    }
  }
}
