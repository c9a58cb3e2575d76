package io.pgorm.listen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ListenEvent.Listening;
import io.pgorm.listen.ListenEvent.Notification;
import io.pgorm.listen.ListenEvent.Reconnected;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;

@PgTest
class ListenerTest {

  private static final ListenerOptions FAST =
      ListenerOptions.defaults()
          .withBackoff(Duration.ofMillis(5), Duration.ofMillis(50))
          .withHealthCheck(Duration.ofMillis(200), Duration.ofSeconds(2));

  private static PgOrm sender;
  private static PgOrm listenerClient;

  @BeforeAll
  static void setUp(TestDatabase db) {
    sender = PgOrm.create(PgOrmConfig.builder().url(db.url()).sslMode(SslMode.DISABLE).build());
    listenerClient =
        PgOrm.create(
            PgOrmConfig.builder()
                .url(db.url())
                .sslMode(SslMode.DISABLE)
                .applicationName("pgorm-listener")
                .build());
  }

  @AfterAll
  static void tearDown() {
    sender.close();
    listenerClient.close();
  }

  private static void send(String channel, String payload) {
    sender.sql("SELECT pg_notify($1, $2)").bind(0, channel).bind(1, payload).execute().block();
  }

  @Test
  @Tag("smoke")
  void deliversNotificationsOfItsChannelsOnly() {
    try (PgListener listener = PgListener.create(listenerClient, FAST)) {
      StepVerifier.create(listener.listen("orders", "Mixed Case"))
          .assertNext(
              e -> assertThat(e).isEqualTo(new Listening(java.util.Set.of("orders", "Mixed Case"))))
          .then(() -> send("other", "ignored"))
          .then(() -> send("orders", "42"))
          .assertNext(e -> assertThat(((Notification) e).payload()).isEqualTo("42"))
          .then(() -> send("Mixed Case", "it's \"quoted\""))
          .assertNext(
              e -> {
                Notification n = (Notification) e;
                assertThat(n.channel()).isEqualTo("Mixed Case");
                assertThat(n.payload()).isEqualTo("it's \"quoted\"");
              })
          .thenCancel()
          .verify(Duration.ofSeconds(10));
    }
  }

  @Test
  void sharesOneConnectionBetweenSubscribers() {
    try (PgListener listener = PgListener.create(listenerClient, FAST)) {
      List<ListenEvent> a = new CopyOnWriteArrayList<>();
      List<ListenEvent> b = new CopyOnWriteArrayList<>();
      Disposable subA = listener.listen("shared").subscribe(a::add);
      Disposable subB = listener.listen("shared").subscribe(b::add);
      await().until(() -> a.size() == 1 && b.size() == 1);
      send("shared", "x");
      await().until(() -> a.size() == 2 && b.size() == 2);
      assertThat(listenerBackends()).isEqualTo(1);
      subA.dispose();
      send("shared", "y");
      await().until(() -> b.size() == 3);
      subB.dispose();
    }
  }

  @Test
  void payloadOverTheLimitIsRefusedBeforeSending() {
    try (PgListener listener = PgListener.create(listenerClient, FAST)) {
      assertThatThrownBy(() -> listener.notify("big", "é".repeat(4000)).block())
          .isInstanceOf(PayloadTooLargeException.class)
          .hasMessage(
              "NOTIFY payload for channel 'big' is 8000 bytes; PostgreSQL accepts at most 7999."
                  + " Hint: send a key and read the data from a table (change streams do this).");
      listener.notify("big", "é".repeat(3999)).block();
    }
  }

  @Test
  void reconnectsAfterTheBackendIsKilledAndSaysSo() {
    try (PgListener listener = PgListener.create(listenerClient, FAST)) {
      List<ListenEvent> events = new CopyOnWriteArrayList<>();
      Disposable sub = listener.listen("jobs").subscribe(events::add);
      await().until(() -> events.size() == 1);
      sender
          .sql(
              "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pgorm-listener'")
          .execute()
          .block();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> events.stream().anyMatch(e -> e instanceof Reconnected));
      send("jobs", "after");
      await()
          .until(
              () ->
                  events.stream()
                      .anyMatch(e -> e instanceof Notification n && n.payload().equals("after")));
      sub.dispose();
    }
  }

  @Test
  void healthChecksPassQuietlyOnAHealthyConnection() {
    try (PgListener listener = PgListener.create(listenerClient, FAST)) {
      List<ListenEvent> events = new CopyOnWriteArrayList<>();
      Disposable sub = listener.listen("calm").subscribe(events::add);
      await().until(() -> events.size() == 1);
      // Several health-check rounds.
      await().pollDelay(Duration.ofMillis(900)).until(() -> true);
      assertThat(events).hasSize(1);
      send("calm", "still here");
      await().until(() -> events.size() == 2);
      sub.dispose();
    }
  }

  @Test
  void givesUpAfterTheReconnectDeadline() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    try (PgOrm nowhere =
            PgOrm.create(
                PgOrmConfig.builder()
                    .url("postgresql://nobody@127.0.0.1:" + closedPort + "/x")
                    .sslMode(SslMode.DISABLE)
                    .build());
        PgListener listener =
            PgListener.create(nowhere, FAST.withReconnectDeadline(Duration.ofMillis(300)))) {
      StepVerifier.create(listener.listen("never"))
          .expectErrorSatisfies(
              e ->
                  assertThat(e)
                      .isInstanceOf(ListenerFailedException.class)
                      .hasMessageStartingWith(
                          "Listener on postgresql://nobody@127.0.0.1:"
                              + closedPort
                              + "/x could not reconnect within 300 ms"))
          .verify(Duration.ofSeconds(10));
    }
  }

  @Test
  void slowSubscriberKeepsTheNewestWithinItsBuffer() {
    try (PgListener listener = PgListener.create(listenerClient, FAST.withBufferSize(3))) {
      List<ListenEvent> fast = new CopyOnWriteArrayList<>();
      Disposable watcher = listener.listen("burst").subscribe(fast::add);
      await().until(() -> fast.size() == 1);
      StepVerifier.create(listener.listen("burst"), 1)
          .expectNextMatches(e -> e instanceof Listening)
          .then(
              () -> Flux.range(1, 10).concatMap(i -> listener.notify("burst", "n" + i)).blockLast())
          .then(() -> await().until(() -> fast.size() == 11))
          .thenRequest(10)
          .expectNextMatches(e -> ((Notification) e).payload().equals("n8"))
          .expectNextMatches(e -> ((Notification) e).payload().equals("n9"))
          .expectNextMatches(e -> ((Notification) e).payload().equals("n10"))
          .thenCancel()
          .verify(Duration.ofSeconds(10));
      watcher.dispose();
    }
  }

  private static long listenerBackends() {
    Long n =
        sender
            .sql(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'pgorm-listener'"
                    + " AND (query LIKE 'LISTEN%' OR query LIKE 'SELECT pg_notify(''pgorm_listener_%')")
            .first((r, m) -> r.get(0, Long.class))
            .block();
    return n == null ? 0 : n;
  }

  @Test
  void halfOpenConnectionIsCaughtByTheHealthCheck(TestDatabase db) throws Exception {
    try (TcpProxy proxy = new TcpProxy(db.host(), db.port());
        PgOrm viaProxy =
            PgOrm.create(
                PgOrmConfig.builder()
                    .url(db.url())
                    .host("127.0.0.1")
                    .port(proxy.port())
                    .sslMode(SslMode.DISABLE)
                    .build());
        PgListener listener =
            PgListener.create(
                viaProxy, FAST.withHealthCheck(Duration.ofMillis(200), Duration.ofMillis(300)))) {
      List<ListenEvent> events = new CopyOnWriteArrayList<>();
      Disposable sub = listener.listen("silent").subscribe(events::add);
      await().until(() -> events.size() == 1);
      proxy.blackholeCurrentConnections();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> events.stream().anyMatch(e -> e instanceof Reconnected));
      Reconnected r =
          (Reconnected)
              events.stream().filter(e -> e instanceof Reconnected).findFirst().orElseThrow();
      assertThat(r.cause()).contains("health check got no answer within 300 ms");
      send("silent", "through the new connection");
      await().until(() -> events.stream().anyMatch(e -> e instanceof Notification));
      sub.dispose();
    }
  }
}
