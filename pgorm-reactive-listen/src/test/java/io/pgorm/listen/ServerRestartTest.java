package io.pgorm.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ListenEvent.Notification;
import io.pgorm.listen.ListenEvent.Reconnected;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.Disposable;

/**
 * A server restart while subscribed, on a private embedded server (never the shared one): the
 * listener reconnects once the server is back and notifications flow again.
 */
class ServerRestartTest {

  @Test
  void listenerSurvivesAServerRestart(@TempDir Path dataDir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    EmbeddedPostgres server = start(dataDir, port);
    String url = "postgresql://postgres@127.0.0.1:" + port + "/postgres";
    ListenerOptions options =
        ListenerOptions.defaults()
            .withBackoff(Duration.ofMillis(20), Duration.ofMillis(200))
            .withReconnectDeadline(Duration.ofSeconds(60));
    try (PgOrm db = PgOrm.create(PgOrmConfig.builder().url(url).sslMode(SslMode.DISABLE).build());
        PgListener listener = PgListener.create(db, options)) {
      List<ListenEvent> events = new CopyOnWriteArrayList<>();
      Disposable sub = listener.listen("restart").subscribe(events::add);
      await().until(() -> events.size() == 1);

      server.close();
      server = start(dataDir, port);

      await()
          .atMost(Duration.ofSeconds(30))
          .until(() -> events.stream().anyMatch(e -> e instanceof Reconnected));
      // The pool's connections died with the old server; the next statement gets a new one.
      listener
          .notify("restart", "back")
          .onErrorResume(e -> listener.notify("restart", "back"))
          .block();
      await()
          .until(
              () ->
                  events.stream()
                      .anyMatch(e -> e instanceof Notification n && n.payload().equals("back")));
      assertThat(events.get(0)).isInstanceOf(ListenEvent.Listening.class);
      sub.dispose();
    } finally {
      server.close();
    }
  }

  private static EmbeddedPostgres start(Path dataDir, int port) throws Exception {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }
}
