package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.error.InvalidTransactionStateException;
import io.pgorm.error.TransactionException;
import io.pgorm.error.UniqueViolationException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.tx.Isolation;
import io.pgorm.tx.TxOptions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

@PgTest
class TransactionTest {

  private static PgOrm db;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Clients.create(database, b -> b.maxSize(4));
    db.sql("CREATE TABLE item (id int PRIMARY KEY, name text NOT NULL)").execute().block();
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.sql("TRUNCATE item").execute().block();
  }

  private static Mono<Long> insert(int id, String name) {
    return db.sql("INSERT INTO item VALUES ($1, $2)").bind(0, id).bind(1, name).execute();
  }

  private static List<String> names() {
    return db.sql("SELECT name FROM item ORDER BY id")
        .map((r, m) -> r.get(0, String.class))
        .collectList()
        .block();
  }

  @Test
  @Tag("smoke")
  void commitsAndEmitsTheValueAfterCommit() {
    StepVerifier.create(
            db.inTransaction(tx -> insert(1, "a").then(insert(2, "b")).thenReturn("done")))
        .expectNext("done")
        .verifyComplete();
    assertThat(names()).containsExactly("a", "b");
  }

  @Test
  void errorRollsBackAndKeepsTheTranslatedError() {
    StepVerifier.create(db.inTransaction(tx -> insert(1, "a").then(insert(1, "again"))))
        .expectError(UniqueViolationException.class)
        .verify();
    assertThat(names()).isEmpty();
  }

  @Test
  void isTransactionalTellsWhetherTheSubscriberRunsInATransaction() {
    Mono<Boolean> probe = Mono.deferContextual(ctx -> Mono.just(db.isTransactional(ctx)));
    assertThat(probe.block()).isFalse();
    assertThat(db.inTransaction(tx -> probe).block()).isTrue();
    assertThat(db.inTransaction(tx -> db.inTransaction(inner -> probe)).block()).isTrue();
  }

  @Test
  void statementsMadeThroughTheClientJoinTheTransaction() {
    StepVerifier.create(
            db.inTransaction(
                tx ->
                    insert(1, "a")
                        .then(
                            db.sql("SELECT count(*) FROM item")
                                .first((r, m) -> r.get(0, Long.class)))
                        .flatMap(n -> Mono.error(new IllegalStateException("seen " + n)))))
        .expectErrorMessage("seen 1")
        .verify();
    assertThat(names()).isEmpty();
  }

  @Test
  void rolledBackSavepointKeepsTheOuterWork() {
    Mono<Long> work =
        db.inTransaction(
            tx ->
                insert(1, "outer")
                    .then(
                        db.inTransaction(inner -> insert(2, "inner").then(insert(1, "clash")))
                            .onErrorResume(UniqueViolationException.class, e -> Mono.just(0L)))
                    .then(insert(3, "after")));
    StepVerifier.create(work).expectNext(1L).verifyComplete();
    assertThat(names()).containsExactly("outer", "after");
  }

  @Test
  void nestedTransactionKnowsItsDepth() {
    StepVerifier.create(
            db.inTransaction(
                tx -> db.inTransaction(inner -> Mono.just(tx.depth() + "/" + inner.depth()))))
        .expectNext("0/1")
        .verifyComplete();
  }

  @Test
  void savepointCannotChangeIsolation() {
    StepVerifier.create(
            db.inTransaction(
                tx ->
                    db.inTransaction(
                        TxOptions.defaults().withIsolation(Isolation.SERIALIZABLE),
                        inner -> Mono.just(1))))
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(TransactionException.class)
                    .hasMessage(
                        "A nested transaction asked for isolation SERIALIZABLE inside a transaction"
                            + " at the server's default; a savepoint cannot change the isolation"
                            + " level. Hint: set it on the outermost transaction."))
        .verify();
  }

  @Test
  void optionsReachTheServer() {
    TxOptions options =
        TxOptions.defaults().withIsolation(Isolation.REPEATABLE_READ).withReadOnly(true);
    StepVerifier.create(
            db.inTransaction(
                options,
                tx ->
                    db.sql(
                            "SELECT current_setting('transaction_isolation') || ',' || current_setting('transaction_read_only')")
                        .first((r, m) -> r.get(0, String.class))))
        .expectNext("repeatable read,on")
        .verifyComplete();
    StepVerifier.create(
            db.inTransaction(TxOptions.defaults().withReadOnly(true), tx -> insert(1, "x")))
        .expectError(InvalidTransactionStateException.class)
        .verify();
  }

  @Test
  void setLocalLastsForTheTransactionOnly() {
    Mono<String> inside =
        db.inTransaction(
            tx ->
                tx.setLocal("app.tenant", "t-42")
                    .then(
                        db.sql("SELECT current_setting('app.tenant')")
                            .first((r, m) -> r.get(0, String.class))));
    StepVerifier.create(inside).expectNext("t-42").verifyComplete();
    StepVerifier.create(
            db.sql("SELECT coalesce(current_setting('app.tenant', true), '')")
                .first((r, m) -> r.get(0, String.class)))
        .expectNext("")
        .verifyComplete();
  }

  @Test
  void manyEmitsAsProducedAndCommits() {
    Flux<Integer> ids =
        db.inTransactionMany(
            tx -> Flux.range(1, 3).concatMap(i -> insert(i, "n" + i).thenReturn(i)));
    StepVerifier.create(ids).expectNext(1, 2, 3).verifyComplete();
    assertThat(names()).containsExactly("n1", "n2", "n3");
  }

  @Test
  void swallowedErrorStillFailsTheCommit() {
    // The server aborts the transaction; COMMIT answers ROLLBACK, which must not pass as success.
    Mono<Long> work =
        db.inTransaction(
            tx -> insert(1, "a").then(insert(1, "b")).onErrorResume(e -> Mono.just(0L)));
    StepVerifier.create(work)
        .expectErrorSatisfies(
            e ->
                assertThat(e)
                    .isInstanceOf(io.pgorm.error.PgOrmException.class)
                    .hasMessageContaining("ROLLBACK"))
        .verify(Duration.ofSeconds(5));
    assertThat(names()).isEmpty();
    await().until(() -> db.poolStats().acquired() == 0);
  }

  @Test
  void bridgedTransactionIsJoinedByStatements(TestDatabase database) {
    // A connection whose transaction "something else" manages, found through the bridge.
    io.r2dbc.postgresql.api.PostgresqlConnection outside = db.openDedicatedConnection().block();
    assertThat(outside).isNotNull();
    try {
      Mono.from(outside.beginTransaction()).block();
      PgOrm bridged =
          Clients.create(
              database,
              b ->
                  b.transactionBridge(
                      ctx ->
                          ctx.<Boolean>getOrDefault("managed", false)
                              ? java.util.Optional.of(outside)
                              : java.util.Optional.empty()));
      try {
        bridged
            .sql("INSERT INTO item VALUES (1, 'bridged')")
            .execute()
            .contextWrite(c -> c.put("managed", true))
            .block();
        // Not committed: another connection does not see the row yet.
        assertThat(names()).isEmpty();
        Mono.from(outside.commitTransaction()).block();
        assertThat(names()).containsExactly("bridged");
      } finally {
        bridged.close();
      }
    } finally {
      Mono.from(outside.close()).block();
    }
  }

  @Test
  void warmupOpensMinIdleConnections(TestDatabase database) {
    try (PgOrm warm = Clients.create(database, b -> b.minIdle(2).maxSize(3))) {
      assertThat(warm.poolStats().idle()).isZero();
      StepVerifier.create(warm.warmup()).expectNext(2).verifyComplete();
      assertThat(warm.poolStats().idle()).isEqualTo(2);
    }
  }
}
