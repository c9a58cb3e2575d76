package io.pgorm.listen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ChangeEvent;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.ChangeLogFixture;
import io.pgorm.listen.PgListener;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.listen.log.ChangesPrunedException;
import io.pgorm.listen.log.Retention;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** The example docs/change-streams.md quotes (see ChangeStreamsDocTest), run for real. */
@PgTest
class ChangeStreamsExampleTest {

  @Test
  void typedEventsRetentionAndTheResetSignal(TestDatabase database) {
    try (PgOrm db =
        PgOrm.create(PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE).build())) {
      ChangeLogFixture.install(db);
      List<String> printed = new CopyOnWriteArrayList<>();
      try (PgListener listener = PgListener.create(db)) {
        // tag::example[]
        ChangeFeed feed = ChangeFeed.create(db, listener, ChangeFeedOptions.defaults());

        // Every change of app.item from now on, decoded into the Item record.
        ChangePosition now = feed.now().block();
        Disposable stream =
            feed.changes(ItemTable.TABLE, now)
                .subscribe(
                    (ChangeEvent<Item> e) ->
                        printed.add(e.operation() + " " + e.oldRow() + " -> " + e.newRow()));

        // A durable consumer: resumes from its stored position, at least once per change.
        feed.position("search-index").block(); // from now on, the first time
        Disposable indexer =
            feed.consume(
                    "search-index",
                    ItemTable.TABLE,
                    e -> Mono.fromRunnable(() -> printed.add("indexed change " + e.id())))
                .onErrorResume(
                    ChangesPrunedException.class,
                    reset -> { // retention pruned changes it never read: rebuild, then move on
                      printed.add("reset: " + reset.getMessage());
                      return feed.resetConsumer("search-index").then(Mono.empty());
                    })
                .subscribe();

        db.sql("INSERT INTO app.item VALUES (1, 'apple')").execute().block();
        db.sql("UPDATE app.item SET name = 'pear' WHERE id = 1").execute().block();

        // Retention: drop what every durable consumer has read, and anything older than a week.
        Disposable retention =
            feed.pruneEvery(
                    Duration.ofMinutes(10), Retention.consumedOnly().withMaxAge(Duration.ofDays(7)))
                .subscribe();
        // end::example[]
        await()
            .atMost(Duration.ofSeconds(30))
            .until(() -> printed.stream().filter(p -> p.startsWith("indexed")).count() == 2);
        await().atMost(Duration.ofSeconds(30)).until(() -> printed.size() == 4);
        assertThat(printed)
            .contains(
                "INSERT null -> Item[id=1, name=apple]",
                "UPDATE Item[id=1, name=apple] -> Item[id=1, name=pear]");
        stream.dispose();
        indexer.dispose();
        retention.dispose();
      }
    }
  }
}
