package io.pgorm.listen;

import static io.pgorm.listen.ChangeLogFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.listen.log.ChangesPrunedException;
import io.pgorm.listen.log.PruneResult;
import io.pgorm.listen.log.Retention;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** Pruning the change log, and the reset signal for whoever it leaves behind. */
@PgTest
class RetentionTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static PgOrm db;
  private static PgOrm listenerClient;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = ChangeLogFixture.client(database);
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

  private static ChangeFeed feed(PgListener listener) {
    return ChangeFeed.create(
        db, listener, ChangeFeedOptions.defaults().withPollInterval(Duration.ofMillis(200)));
  }

  private static void insert(int from, int to) {
    ChangeLogFixture.insertItems(db, from, to);
  }

  private static long logged() {
    return Objects.requireNonNull(
        db.sql("SELECT count(*) FROM pgorm.change_log")
            .first((row, meta) -> row.get(0, Long.class))
            .block(TIMEOUT));
  }

  /** Runs {@code consumer} until it handled {@code count} changes, then stops it. */
  private static List<Integer> catchUp(ChangeFeed feed, String consumer, int count) {
    List<Integer> handled = new CopyOnWriteArrayList<>();
    Disposable sub =
        feed.consume(
                consumer,
                ITEM,
                c -> Mono.fromRunnable(() -> handled.add(c.key().get("id").asInt())))
            .subscribe();
    await().atMost(TIMEOUT).until(() -> handled.size() >= count);
    sub.dispose();
    return handled;
  }

  @Test
  void prunesWhatEveryConsumerReadAndNothingAnyConsumerStillNeeds() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed = feed(listener);
      feed.position("fast").block(TIMEOUT);
      feed.position("slow").block(TIMEOUT);
      insert(1, 5);
      assertThat(catchUp(feed, "fast", 5)).containsExactly(1, 2, 3, 4, 5);

      // "slow" has read nothing: nothing may go.
      PruneResult nothing = feed.prune(Retention.consumedOnly()).block(TIMEOUT);
      assertThat(nothing.deleted()).isZero();
      assertThat(nothing.consumersBehind()).isEmpty();
      assertThat(logged()).isEqualTo(5);

      assertThat(catchUp(feed, "slow", 5)).containsExactly(1, 2, 3, 4, 5);
      // Both read all five; their stored positions pass the five transactions once the
      // (cluster-wide) watermark does, so await rather than assume one pass.
      await()
          .atMost(TIMEOUT)
          .until(
              () -> {
                catchUp(feed, "fast", 0);
                catchUp(feed, "slow", 0);
                feed.prune(Retention.consumedOnly()).block(TIMEOUT);
                return logged() == 0;
              });
      insert(6, 7);
      assertThat(catchUp(feed, "fast", 2)).containsExactly(6, 7);
      assertThat(catchUp(feed, "slow", 2)).containsExactly(6, 7);
    }
  }

  @Test
  void aConsumerLeftBehindByAgeGetsTheResetSignalNamingItAndThePositions() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed = feed(listener);
      ChangePosition stale = Objects.requireNonNull(feed.position("stale").block(TIMEOUT));
      insert(1, 3);
      AtomicReference<PruneResult> pruned = new AtomicReference<>();
      await()
          .atMost(TIMEOUT)
          .until(
              () -> {
                pruned.set(feed.prune(Retention.byAge(Duration.ofMillis(1))).block(TIMEOUT));
                return logged() == 0;
              });
      PruneResult last = pruned.get();
      assertThat(last.consumersBehind()).containsExactly("stale");
      ChangePosition oldest = last.oldestRetained();
      assertThat(oldest.low()).isGreaterThan(stale.low());

      List<Integer> handled = new CopyOnWriteArrayList<>();
      assertThatThrownBy(
              () ->
                  feed.consume(
                          "stale",
                          ITEM,
                          c -> Mono.fromRunnable(() -> handled.add(c.key().get("id").asInt())))
                      .blockLast(TIMEOUT))
          .isInstanceOfSatisfying(
              ChangesPrunedException.class,
              e -> {
                assertThat(e.consumer()).isEqualTo("stale");
                assertThat(e.position().low()).isEqualTo(stale.low());
                assertThat(e.oldestRetained()).isEqualTo(oldest);
              })
          .hasMessageStartingWith("change consumer 'stale' is at position " + stale.low() + ":")
          .hasMessageEndingWith(
              ", older than the oldest retained position "
                  + oldest
                  + ": changes it has not read were pruned by retention. Hint: rebuild the state"
                  + " it derives from the tables, then call"
                  + " ChangeFeed#resetConsumer(\"stale\").");
      assertThat(handled).isEmpty();
      // The stored position is left alone until the application answers the signal.
      assertThat(feed.position("stale").block(TIMEOUT)).isEqualTo(stale);

      assertThat(feed.resetConsumer("stale").block(TIMEOUT)).isEqualTo(oldest);
      insert(4, 5);
      assertThat(catchUp(feed, "stale", 2)).containsExactly(4, 5);
    }
  }

  @Test
  void anUnnamedStreamFromBeforeTheHorizonGetsTheSignalToo() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed = feed(listener);
      insert(1, 1);
      await()
          .atMost(TIMEOUT)
          .until(
              () -> {
                feed.prune(Retention.byAge(Duration.ofMillis(1))).block(TIMEOUT);
                return logged() == 0;
              });
      assertThatThrownBy(() -> feed.changes(ITEM, ChangePosition.START).blockFirst(TIMEOUT))
          .isInstanceOf(ChangesPrunedException.class)
          .hasMessageStartingWith("change stream is at position 0:")
          .hasMessageEndingWith("then start a new stream from ChangeFeed#now.");
    }
  }

  @Test
  void retentionOptionsAndConsumerNamesAreChecked() {
    assertThatThrownBy(() -> new Retention(false, null))
        .hasMessage("retention removes nothing: enable consumed or set a maxAge");
    assertThatThrownBy(() -> Retention.byAge(Duration.ZERO))
        .hasMessage("retention maxAge must be positive, was PT0S");
    try (PgListener listener = PgListener.create(listenerClient)) {
      assertThatThrownBy(() -> feed(listener).position("pgorm:retention").block(TIMEOUT))
          .hasMessage(
              "consumer name 'pgorm:retention' is reserved: names starting with 'pgorm:' are kept"
                  + " for the feed's own rows");
    }
  }
}
