package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.error.ClientClosedException;
import io.pgorm.error.ConnectionException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@PgTest
class LifecycleTest {

  private static TestDatabase database;

  @BeforeAll
  static void setUp(TestDatabase testDatabase) {
    database = testDatabase;
  }

  @Test
  void shutdownLetsWorkUnderWayFinishAndRefusesNewWork() {
    PgOrm db = Clients.create(database, b -> b.maxSize(2).poolName("shop"));
    AtomicReference<Long> slowResult = new AtomicReference<>();
    db.sql("SELECT pg_sleep(0.3)").execute().subscribe(slowResult::set);
    await().until(() -> db.poolStats().acquired() == 1);

    Mono<Void> shutdown = db.shutdown(Duration.ofSeconds(5));
    shutdown.subscribe();
    assertThatThrownBy(() -> db.sql("SELECT 1").execute().block())
        .isInstanceOf(ClientClosedException.class)
        .hasMessageContaining("'shop'");

    StepVerifier.create(db.shutdown(Duration.ofSeconds(5))).verifyComplete();
    assertThat(slowResult.get()).isEqualTo(1L);
  }

  @Test
  void shutdownGivesUpWaitingAtTheDeadline() {
    PgOrm db = Clients.create(database, b -> b.maxSize(1));
    db.sql("SELECT pg_sleep(3)").execute().onErrorResume(e -> Mono.empty()).subscribe();
    await().until(() -> db.poolStats().acquired() == 1);
    StepVerifier.create(db.shutdown(Duration.ofMillis(100)))
        .expectComplete()
        .verify(Duration.ofSeconds(2));
  }

  @Test
  void transactionUnderWayMayStillRunStatementsWhileShuttingDown() {
    PgOrm db = Clients.create(database, b -> b.maxSize(1));
    Mono<Integer> tx =
        db.inTransaction(
            t ->
                Mono.delay(Duration.ofMillis(200))
                    .then(db.sql("SELECT 5").first((r, m) -> r.get(0, Integer.class))));
    AtomicReference<Integer> result = new AtomicReference<>();
    tx.subscribe(result::set);
    await().until(() -> db.poolStats().acquired() == 1);
    db.shutdown(Duration.ofSeconds(5)).block();
    assertThat(result.get()).isEqualTo(5);
  }

  @Test
  void unreachableServerGivesOneClearError() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0)) {
      closedPort = s.getLocalPort();
    }
    PgOrmConfig config =
        PgOrmConfig.builder()
            .url("postgresql://nobody@127.0.0.1:" + closedPort + "/nowhere")
            .sslMode(SslMode.DISABLE)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    try (PgOrm db = PgOrm.create(config)) {
      assertThatThrownBy(() -> db.sql("SELECT 1").execute().block())
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("127.0.0.1:" + closedPort);
      assertThat(db.poolStats().acquired()).isZero();
    }
  }

  @Test
  void unknownDatabaseIsNamed() {
    try (PgOrm db =
        PgOrm.connect(
            database.url().replace("/" + database.name(), "/no_such_db") + "?sslmode=disable")) {
      assertThatThrownBy(() -> db.sql("SELECT 1").execute().block())
          .isInstanceOf(io.pgorm.error.PgOrmException.class)
          .hasMessageContaining("no_such_db");
    }
  }

  @Test
  void dedicatedConnectionIsOutsideThePool() {
    try (PgOrm db = Clients.create(database, b -> b.maxSize(1))) {
      var conn = db.openDedicatedConnection().block();
      assertThat(conn).isNotNull();
      assertThat(db.poolStats().acquired()).isZero();
      assertThat(db.sql("SELECT 1").execute().block()).isEqualTo(1L);
      Mono.from(conn.close()).block();
    }
  }

  @Test
  void evictedConnectionsAreReplaced() {
    try (PgOrm db = Clients.create(database, b -> b.maxSize(1))) {
      Integer before =
          db.sql("SELECT pg_backend_pid()").first((r, m) -> r.get(0, Integer.class)).block();
      db.evictPooledConnections();
      Integer after =
          db.sql("SELECT pg_backend_pid()").first((r, m) -> r.get(0, Integer.class)).block();
      assertThat(after).isNotEqualTo(before);
    }
  }
}
