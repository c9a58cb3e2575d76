package io.pgorm.listen;

import static io.pgorm.listen.ChangeLogFixture.ITEM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.schema.changes.ChangeLogObjects;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Sinks;

/** The three ways a feed learns of new changes: trigger NOTIFY, client NOTIFY, polling. */
@PgTest
class WakeUpModesTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** Long enough that only a wake-up can explain a prompt delivery. */
  private static final Duration NO_POLL = Duration.ofMinutes(10);

  private static PgOrm db;
  private static PgOrm quiet;
  private static PgOrm listenerClient;
  private static String url;

  @BeforeAll
  static void setUp(TestDatabase database) {
    url = database.url();
    db = ChangeLogFixture.client(database);
    // The writer of WakeUpMode.CLIENT: its sessions log changes without notifying.
    quiet =
        PgOrm.create(
            ChangeLogFixture.config(database)
                .serverParameter(ChangeFeed.NOTIFY_SETTING, "off")
                .build());
    listenerClient = ChangeLogFixture.client(database);
    ChangeLogFixture.install(db);
  }

  @AfterAll
  static void tearDown() {
    db.close();
    quiet.close();
    listenerClient.close();
  }

  private static final AtomicBoolean listening = new AtomicBoolean();

  private static List<String> notifications(PgListener listener, List<Disposable> subs) {
    listening.set(false);
    List<String> seen = new CopyOnWriteArrayList<>();
    subs.add(
        listener
            .listen(ChangeLogObjects.CHANNEL)
            .subscribe(
                e -> {
                  if (e instanceof ListenEvent.Notification n) {
                    seen.add(n.payload());
                  } else if (e instanceof ListenEvent.Listening) {
                    listening.set(true);
                  }
                }));
    return seen;
  }

  @Test
  void aQuietWriterLogsWithoutNotifyingAndItsOneWakeUpReachesTheFeed() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      List<Disposable> subs = new CopyOnWriteArrayList<>();
      List<String> seen = notifications(listener, subs);
      ChangeFeed feed =
          ChangeFeed.create(
              db,
              listener,
              ChangeFeedOptions.defaults().withWakeUp(WakeUpMode.CLIENT).withPollInterval(NO_POLL));
      ChangePosition now = Objects.requireNonNull(feed.now().block(TIMEOUT));
      List<ChangeRecord> changes = new CopyOnWriteArrayList<>();
      subs.add(feed.changes(ITEM, now).subscribe(changes::add));
      // The wake-up must find LISTEN in place: a notification sent before it is gone.
      await().atMost(TIMEOUT).untilTrue(listening);

      // Three quiet writes in one transaction, then the writer's one wake-up after commit.
      quiet
          .inTransaction(
              tx ->
                  quiet
                      .sql("INSERT INTO app.item VALUES (1, 'a'), (2, 'b')")
                      .execute()
                      .then(quiet.sql("UPDATE app.item SET name = 'c' WHERE id = 1").execute()))
          .block(TIMEOUT);
      ChangeFeed.wake(quiet, ITEM).block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> changes.size() == 3);
      // Notifications arrive in commit order: had the trigger notified, it would be here first.
      assertThat(seen).containsExactly("app.item");

      // A writer without the setting still gets its notification from the trigger.
      db.sql("INSERT INTO app.item VALUES (3, 'd')").execute().block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> changes.size() == 4);
      assertThat(seen).containsExactly("app.item", "app.item");
      // SET LOCAL quiets one transaction of a normal writer.
      db.inTransaction(
              tx ->
                  db.sql("SET LOCAL pgorm.notify = off")
                      .execute()
                      .then(db.sql("INSERT INTO app.item VALUES (4, 'e')").execute()))
          .block(TIMEOUT);
      ChangeFeed.wake(db, ITEM).block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> changes.size() == 5);
      assertThat(seen).containsExactly("app.item", "app.item", "app.item");
      subs.forEach(Disposable::dispose);
    }
  }

  @Test
  void theWakerCoalescesConcurrentCallsYetEveryCallIsFollowedByAWakeUp() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      List<Disposable> subs = new CopyOnWriteArrayList<>();
      List<String> seen = notifications(listener, subs);
      await().atMost(TIMEOUT).untilTrue(listening);
      ChangeWaker waker = ChangeWaker.create(quiet);
      Flux.range(0, 50).flatMap(i -> waker.wake(ITEM), 50).blockLast(TIMEOUT);
      // Every call completed after a wake-up that left after it: the first call's, then one
      // covering all calls made while it was in flight (and so on). A marker sent afterwards
      // arrives after all of them (notifications arrive in commit order).
      QualifiedName marker = QualifiedName.of("app", "marker");
      ChangeFeed.wake(db, marker).block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> seen.contains("app.marker"));
      long burst = seen.stream().filter("app.item"::equals).count();
      assertThat(burst).isBetween(1L, 10L);
      waker.wake(ITEM).block(TIMEOUT);
      ChangeFeed.wake(db, marker).block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> seen.stream().filter("app.marker"::equals).count() == 2);
      assertThat(seen.stream().filter("app.item"::equals).count()).isEqualTo(burst + 1);
      subs.forEach(Disposable::dispose);
    }
  }

  @Test
  void aChangeHeldBackByAnotherTransactionArrivesWhenItEndsWithoutAnotherWakeUp() {
    try (PgListener listener = PgListener.create(listenerClient)) {
      ChangeFeed feed =
          ChangeFeed.create(db, listener, ChangeFeedOptions.defaults().withPollInterval(NO_POLL));
      List<Disposable> subs = new CopyOnWriteArrayList<>();
      List<String> seen = notifications(listener, subs);
      await().atMost(TIMEOUT).untilTrue(listening);
      ChangePosition now = Objects.requireNonNull(feed.now().block(TIMEOUT));
      List<ChangeRecord> changes = new CopyOnWriteArrayList<>();
      Disposable sub = feed.changes(ITEM, now).subscribe(changes::add);
      // T1 takes a transaction id (holding the watermark) but writes nothing to the log.
      Sinks.Empty<Void> release = Sinks.empty();
      AtomicBoolean holding = new AtomicBoolean();
      Disposable t1 =
          db.inTransaction(
                  tx ->
                      db.sql("SELECT pg_current_xact_id()::text")
                          .first((row, meta) -> row.get(0, String.class))
                          .doOnNext(x -> holding.set(true))
                          .then(release.asMono()))
              .subscribe();
      await().atMost(TIMEOUT).untilTrue(holding);
      // T2 commits a change; its notification wakes the feed, which finds it held back.
      db.sql("INSERT INTO app.item VALUES (20, 'held')").execute().block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> seen.contains("app.item"));
      assertThat(changes).isEmpty(); // T1's lower id holds it back
      // T1 ends without a write or a notification; the feed gets T2's change without a poll.
      release.tryEmitEmpty();
      // (A poll would come after 10 minutes; other sessions may hold the watermark a while.)
      await().atMost(TIMEOUT).until(() -> changes.size() == 1);
      assertThat(changes.get(0).key().get("id").asInt()).isEqualTo(20);
      t1.dispose();
      sub.dispose();
      subs.forEach(Disposable::dispose);
    }
  }

  @Test
  void pollingOnlyFindsChangesWithoutEverListening() {
    PgOrm pollClient =
        PgOrm.create(
            PgOrmConfig.builder()
                .url(url)
                .sslMode(SslMode.DISABLE)
                .applicationName("pgorm-poll-only")
                .build());
    try (PgListener listener = PgListener.create(pollClient)) {
      ChangeFeed feed =
          ChangeFeed.create(
              db,
              listener,
              ChangeFeedOptions.defaults()
                  .withWakeUp(WakeUpMode.POLL)
                  .withPollInterval(Duration.ofMillis(100)));
      ChangePosition now = Objects.requireNonNull(feed.now().block(TIMEOUT));
      List<ChangeRecord> changes = new CopyOnWriteArrayList<>();
      Disposable sub = feed.changes(ITEM, now).subscribe(changes::add);
      quiet.sql("INSERT INTO app.item VALUES (10, 'p')").execute().block(TIMEOUT);
      await().atMost(TIMEOUT).until(() -> changes.size() == 1);
      assertThat(changes.get(0).key().get("id").asInt()).isEqualTo(10);
      long listening =
          Objects.requireNonNull(
              db.sql(
                      "SELECT count(*) FROM pg_stat_activity"
                          + " WHERE application_name = 'pgorm-poll-only'")
                  .first((row, meta) -> row.get(0, Long.class))
                  .block(TIMEOUT));
      assertThat(listening).isZero();
      sub.dispose();
    } finally {
      pollClient.close();
    }
  }
}
