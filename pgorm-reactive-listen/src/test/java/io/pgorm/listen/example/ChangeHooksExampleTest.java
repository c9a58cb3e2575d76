package io.pgorm.listen.example;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.ChangeHooks;
import io.pgorm.listen.ChangeLogFixture;
import io.pgorm.listen.HookOptions;
import io.pgorm.listen.PgListener;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** The hooks example docs/change-streams.md quotes (see ChangeStreamsDocTest), run for real. */
@PgTest
class ChangeHooksExampleTest {

  @Test
  void typedHooks(TestDatabase database) {
    try (PgOrm db =
        PgOrm.create(PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE).build())) {
      ChangeLogFixture.install(db);
      List<String> printed = new CopyOnWriteArrayList<>();
      try (PgListener listener = PgListener.create(db)) {
        ChangeFeed feed = ChangeFeed.create(db, listener, ChangeFeedOptions.defaults());
        // tag::hooks[]
        feed.position("item-hooks").block(); // from now on, the first time
        ChangeHooks hooks =
            ChangeHooks.create(db, feed, HookOptions.defaults())
                .onInsert(
                    ItemTable.TABLE, e -> Mono.fromRunnable(() -> printed.add("new " + e.newRow())))
                .onUpdate(
                    ItemTable.TABLE,
                    e -> Mono.fromRunnable(() -> printed.add(e.oldRow() + " -> " + e.newRow())))
                .onDelete(
                    ItemTable.TABLE,
                    e -> Mono.fromRunnable(() -> printed.add("gone " + e.row().id())));
        Disposable running = hooks.start("item-hooks"); // a durable consumer

        db.sql("INSERT INTO app.item VALUES (1, 'apple')").execute().block();
        db.sql("UPDATE app.item SET name = 'pear' WHERE id = 1").execute().block();
        db.sql("DELETE FROM app.item WHERE id = 1").execute().block();
        // end::hooks[]
        await().atMost(Duration.ofSeconds(30)).until(() -> printed.size() == 3);
        running.dispose();
        assertThat(printed)
            .containsExactly(
                "new Item[id=1, name=apple]",
                "Item[id=1, name=apple] -> Item[id=1, name=pear]",
                "gone 1");
      }
    }
  }
}
