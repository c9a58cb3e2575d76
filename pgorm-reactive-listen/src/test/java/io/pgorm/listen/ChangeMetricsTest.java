package io.pgorm.listen;

import static io.pgorm.listen.ChangeLogFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.listen.log.Retention;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The change streams' meters, read from a real registry while a consumer lags and catches up. */
@PgTest
class ChangeMetricsTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  private static PgOrm db;
  private static PgOrm listenerClient;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db =
        PgOrm.create(
            ChangeLogFixture.config(database)
                .poolName("metrics-test")
                .meterRegistry(registry)
                .build());
    listenerClient = ChangeLogFixture.client(database);
    ChangeLogFixture.install(db);
  }

  @AfterAll
  static void tearDown() {
    db.close();
    listenerClient.close();
  }

  @BeforeEach
  void empty() {
    ChangeLogFixture.empty(db, "app.item");
  }

  private double gauge(String name, String consumer) {
    return registry.get(name).tags("client", "metrics-test", "consumer", consumer).gauge().value();
  }

  @Test
  void lagInChangesAndSecondsRisesWhileAConsumerIsStuckAndFallsWhenItCatchesUp() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed =
          ChangeFeed.create(
              db,
              listener,
              ChangeFeedOptions.defaults()
                  .withPollInterval(Duration.ofMillis(200))
                  .withLagInterval(Duration.ofMillis(100)));
      feed.position("stuck").block(TIMEOUT);
      Sinks.Empty<Void> gate = Sinks.empty();
      List<Integer> handled = new CopyOnWriteArrayList<>();
      Disposable sub =
          feed.consume(
                  "stuck",
                  ITEM,
                  c ->
                      gate.asMono()
                          .then(Mono.fromRunnable(() -> handled.add(c.key().get("id").asInt()))))
              .subscribe();
      ChangeLogFixture.insertItems(db, 1, 10);
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () -> {
                assertThat(gauge("pgorm.changes.lag.changes", "stuck")).isEqualTo(10.0);
                assertThat(gauge("pgorm.changes.lag.seconds", "stuck")).isGreaterThan(0.2);
              });
      assertThat(handled).isEmpty();

      gate.tryEmitEmpty();
      await().atMost(TIMEOUT).until(() -> handled.size() == 10);
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () -> {
                assertThat(gauge("pgorm.changes.lag.changes", "stuck")).isZero();
                assertThat(gauge("pgorm.changes.lag.seconds", "stuck")).isZero();
              });
      assertThat(
              registry.get("pgorm.changes.delivered").tags("consumer", "stuck").counter().count())
          .isEqualTo(10.0);
      sub.dispose();
    }
  }

  @Test
  void aLongWritingTransactionShowsAsWatermarkHoldback() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed =
          ChangeFeed.create(
              db, listener, ChangeFeedOptions.defaults().withLagInterval(Duration.ofMillis(100)));
      Disposable consumer = feed.consume("watcher", ITEM, c -> Mono.empty()).subscribe();
      Sinks.Empty<Void> release = Sinks.empty();
      // A transaction that writes (so it has a transaction id) and stays open.
      Disposable longTx =
          db.inTransaction(
                  tx ->
                      db.sql("INSERT INTO app.item VALUES (1000, 'held')")
                          .execute()
                          .then(release.asMono()))
              .subscribe();
      await()
          .atMost(TIMEOUT)
          .until(
              () ->
                  registry
                          .find("pgorm.changes.watermark.holdback")
                          .tags("client", "metrics-test")
                          .gauge()
                      != null);
      await()
          .atMost(TIMEOUT)
          .untilAsserted(
              () ->
                  assertThat(
                          registry
                              .get("pgorm.changes.watermark.holdback")
                              .tags("client", "metrics-test")
                              .gauge()
                              .value())
                      .isGreaterThan(1.0));
      longTx.dispose(); // cancelled: rolled back, its row never committed
      consumer.dispose();
    }
  }

  @Test
  void prunedChangesAreCounted() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed = ChangeFeed.create(db, listener, ChangeFeedOptions.defaults());
      db.sql("INSERT INTO app.item VALUES (2000, 'old')").execute().block(TIMEOUT);
      double before = count("pgorm.changes.pruned");
      await()
          .atMost(TIMEOUT)
          .until(
              () -> feed.prune(Retention.byAge(Duration.ofMillis(1))).block(TIMEOUT).deleted() > 0);
      assertThat(count("pgorm.changes.pruned")).isGreaterThan(before);
    }
  }

  private double count(String name) {
    var counter = registry.find(name).counter();
    return counter == null ? 0 : counter.count();
  }
}
