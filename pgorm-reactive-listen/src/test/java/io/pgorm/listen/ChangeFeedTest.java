package io.pgorm.listen;

import static io.pgorm.listen.ChangeLogFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@PgTest
class ChangeFeedTest {

  private static PgOrm writer;
  private static PgOrm listenerClient;

  @BeforeAll
  static void setUp(TestDatabase db) {
    writer = PgOrm.create(ChangeLogFixture.config(db).maxSize(6).build());
    listenerClient =
        PgOrm.create(ChangeLogFixture.config(db).applicationName("pgorm-feed-listener").build());
    ChangeLogFixture.install(writer);
  }

  @AfterAll
  static void tearDown() {
    writer.close();
    listenerClient.close();
  }

  @BeforeEach
  void empty() {
    ChangeLogFixture.empty(writer, "app.item");
  }

  private static ChangeFeed feed(PgListener listener) {
    return ChangeFeed.create(
        writer, listener, ChangeFeedOptions.defaults().withPollInterval(Duration.ofSeconds(1)));
  }

  private static void write(String sql) {
    writer.sql(sql).execute().block();
  }

  @Test
  void streamsChangesMadeByAnotherConnection() {
    try (PgListener listener = ChangeLogFixture.fastListener(listenerClient)) {
      ChangeFeed feed = feed(listener);
      ChangePosition now = feed.now().block();
      List<ChangeRecord> seen = new CopyOnWriteArrayList<>();
      Disposable sub = feed.changes(ITEM, now).subscribe(seen::add);
      write("INSERT INTO app.item VALUES (1, 'a')");
      write("UPDATE app.item SET name = 'b'");
      write("DELETE FROM app.item");
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 3);
      assertThat(seen)
          .extracting(ChangeRecord::operation)
          .containsExactly(ChangeOperation.INSERT, ChangeOperation.UPDATE, ChangeOperation.DELETE);
      sub.dispose();
    }
  }

  @Test
  void rowsOfAnySizeTravelThroughTheLogNotThePayload() {
    try (PgListener listener = ChangeLogFixture.fastListener(listenerClient)) {
      ChangeFeed feed = feed(listener);
      ChangePosition now = feed.now().block();
      List<ChangeRecord> seen = new CopyOnWriteArrayList<>();
      Disposable sub = feed.changes(ITEM, now).subscribe(seen::add);
      String big = "x".repeat(100_000);
      writer.sql("INSERT INTO app.item VALUES (77, $1)").bind(0, big).execute().block();
      await().atMost(Duration.ofSeconds(10)).until(() -> seen.size() == 1);
      assertThat(seen.get(0).newRow().get("name").asText()).hasSize(100_000).isEqualTo(big);
      sub.dispose();
    }
  }

  @Test
  void durableConsumerResumesAfterARestartWithoutLossOrRepeats() {
    List<Integer> handled = new CopyOnWriteArrayList<>();
    try (PgListener listener = ChangeLogFixture.fastListener(listenerClient)) {
      ChangeFeed feed = feed(listener);
      feed.position("billing").block();
      Disposable sub =
          feed.consume("billing", ITEM, c -> Mono.fromRunnable(() -> handled.add(id(c))))
              .subscribe();
      for (int i = 1; i <= 5; i++) {
        write("INSERT INTO app.item VALUES (" + i + ", 'x')");
      }
      await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 5);
      sub.dispose();
    }
    // Written while no consumer runs.
    for (int i = 6; i <= 10; i++) {
      write("INSERT INTO app.item VALUES (" + i + ", 'x')");
    }
    try (PgListener listener = ChangeLogFixture.fastListener(listenerClient)) {
      Disposable sub =
          feed(listener)
              .consume("billing", ITEM, c -> Mono.fromRunnable(() -> handled.add(id(c))))
              .subscribe();
      await().atMost(Duration.ofSeconds(10)).until(() -> handled.size() == 10);
      sub.dispose();
    }
    assertThat(handled).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  @Test
  void noCommittedChangeIsLostAcrossListenerKills() {
    Map<Long, Integer> byChangeId = new ConcurrentHashMap<>();
    AtomicInteger deliveries = new AtomicInteger();
    try (PgListener listener = ChangeLogFixture.fastListener(listenerClient)) {
      ChangeFeed feed = feed(listener);
      feed.position("audit").block();
      Disposable sub =
          feed.consume(
                  "audit",
                  ITEM,
                  c ->
                      Mono.fromRunnable(
                          () -> {
                            deliveries.incrementAndGet();
                            byChangeId.put(c.id(), id(c));
                          }))
              .subscribe();
      // 4 writers, 500 rows each: short autocommit inserts mixed with transactions that stay open
      // a while, so that commits land out of transaction-id order.
      Disposable writers =
          Flux.range(0, 4)
              .flatMap(
                  w ->
                      Flux.range(0, 50)
                          .concatMap(
                              batch ->
                                  batch % 5 == 0
                                      ? writer.inTransaction(
                                          tx ->
                                              Flux.range(0, 10)
                                                  .concatMap(k -> insert(w * 1000 + batch * 10 + k))
                                                  .then(Mono.delay(Duration.ofMillis(15)))
                                                  .then())
                                      : Flux.range(0, 10)
                                          .concatMap(k -> insert(w * 1000 + batch * 10 + k))
                                          .then()),
                  4)
              .subscribeOn(Schedulers.boundedElastic())
              .subscribe();
      for (int kill = 0; kill < 5; kill++) {
        await().pollDelay(Duration.ofMillis(100)).until(() -> true);
        writer
            .sql(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pgorm-feed-listener'")
            .execute()
            .block();
      }
      await().atMost(Duration.ofSeconds(60)).until(writers::isDisposed);
      await().atMost(Duration.ofSeconds(30)).until(() -> byChangeId.size() >= 2000);
      sub.dispose();
    }
    assertThat(byChangeId).hasSize(2000);
    assertThat(byChangeId.values().stream().collect(Collectors.toSet())).hasSize(2000);
    assertThat(deliveries.get()).isEqualTo(2000);
  }

  private static Mono<Long> insert(int id) {
    return writer.sql("INSERT INTO app.item VALUES ($1, 'w')").bind(0, id).execute();
  }

  private static int id(ChangeRecord c) {
    return c.key().get("id").asInt();
  }
}
