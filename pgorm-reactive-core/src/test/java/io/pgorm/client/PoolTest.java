package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.error.ConnectionException;
import io.pgorm.error.PoolExhaustedException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

@PgTest
class PoolTest {

  private static TestDatabase db;
  private static PgOrm admin;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = database;
    admin = Clients.create(db, b -> b.applicationName("pgorm-admin").maxSize(2));
  }

  @AfterAll
  static void tearDown() {
    admin.close();
  }

  @Test
  @Tag("smoke")
  void runsAStatementAndReturnsTheConnection() {
    try (PgOrm client = Clients.create(db, b -> b.maxSize(1))) {
      Integer one =
          client
              .sql("SELECT $1::int + 1")
              .bind(0, 41)
              .first((r, m) -> r.get(0, Integer.class))
              .block();
      assertThat(one).isEqualTo(42);
      assertThat(client.poolStats().acquired()).isZero();
      assertThat(client.poolStats().idle()).isEqualTo(1);
    }
  }

  @Test
  void exhaustedPoolNamesSizeAndWaitersThenRecovers() {
    try (PgOrm client =
        Clients.create(
            db, b -> b.poolName("orders").maxSize(1).acquireTimeout(Duration.ofMillis(300)))) {
      Sinks.Empty<Void> release = Sinks.empty();
      Disposable holder = client.withConnection(c -> release.asMono()).subscribe();
      await().until(() -> client.poolStats().acquired() == 1);

      // Three callers wait at once; each error counts the others still waiting when it fired.
      List<Throwable> errors =
          Flux.range(1, 3)
              .flatMap(
                  i ->
                      client
                          .sql("SELECT 1")
                          .execute()
                          .then(Mono.<Throwable>empty())
                          .onErrorResume(Mono::just))
              .collectList()
              .block(Duration.ofSeconds(5));
      assertThat(errors)
          .hasSize(3)
          .allSatisfy(
              e ->
                  assertThat(e)
                      .isInstanceOf(PoolExhaustedException.class)
                      .hasMessageStartingWith(
                          "Pool 'orders' could not hand out a connection within ")
                      .hasMessageMatching(
                          ".* ms: size 1/1, 1 in use, 0 idle, [0-2] waiting\\. Hint: .*"));
      assertThat(errors)
          .anySatisfy(e -> assertThat(((PoolExhaustedException) e).pending()).isPositive());
      assertThat(((PoolExhaustedException) errors.get(0)).elapsedMillis()).isBetween(250L, 2000L);

      release.tryEmitEmpty();
      await().until(() -> client.poolStats().acquired() == 0);
      assertThat(client.sql("SELECT 1").execute().block()).isEqualTo(1L);
      holder.dispose();
    }
  }

  @Test
  void killedIdleBackendIsReplaced() {
    try (PgOrm client = Clients.create(db, b -> b.maxSize(1))) {
      int pid = backendPid(client);
      terminate(pid);
      await().until(() -> !alive(pid));
      assertThat(backendPid(client)).isNotEqualTo(pid);
    }
  }

  @Test
  void backendKilledWhileInUseFailsThatCallAndTheNextSucceeds() {
    try (PgOrm client = Clients.create(db, b -> b.maxSize(1))) {
      int pid = backendPid(client);
      Mono<Long> slow = client.sql("SELECT pg_sleep(30)").execute();
      Disposable.Composite sub = reactor.core.Disposables.composite();
      java.util.concurrent.atomic.AtomicReference<Throwable> failure =
          new java.util.concurrent.atomic.AtomicReference<>();
      sub.add(slow.subscribe(v -> {}, failure::set));
      await().until(() -> activeQuery(pid));
      terminate(pid);
      await().until(() -> failure.get() != null);
      assertThat(failure.get())
          .isInstanceOf(ConnectionException.class)
          .hasMessageContaining("57P01");
      assertThat(backendPid(client)).isNotEqualTo(pid);
    }
  }

  private static int backendPid(PgOrm client) {
    Integer pid =
        client.sql("SELECT pg_backend_pid()").first((r, m) -> r.get(0, Integer.class)).block();
    assertThat(pid).isNotNull();
    return pid;
  }

  private static void terminate(int pid) {
    admin.sql("SELECT pg_terminate_backend($1)").bind(0, pid).execute().block();
  }

  private static boolean alive(int pid) {
    return count("SELECT count(*) FROM pg_stat_activity WHERE pid = $1", pid) > 0;
  }

  private static boolean activeQuery(int pid) {
    return count("SELECT count(*) FROM pg_stat_activity WHERE pid = $1 AND state = 'active'", pid)
        > 0;
  }

  private static long count(String sql, int pid) {
    Long n = admin.sql(sql).bind(0, pid).first((r, m) -> r.get(0, Long.class)).block();
    return n == null ? 0 : n;
  }
}
