package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.error.DeadlockException;
import io.pgorm.error.SerializationFailureException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.tx.Isolation;
import io.pgorm.tx.RetryPolicy;
import io.pgorm.tx.TxOptions;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

@PgTest
class RetryTest {

  private static final TxOptions SERIALIZABLE_RETRY =
      TxOptions.defaults()
          .withIsolation(Isolation.SERIALIZABLE)
          .withRetry(
              RetryPolicy.transientFailures(3)
                  .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));

  private static PgOrm db;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Clients.create(database, b -> b.maxSize(4));
    db.sql("CREATE TABLE duty (doctor int PRIMARY KEY, on_call boolean NOT NULL)")
        .execute()
        .block();
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void twoOnCall() {
    db.sql("TRUNCATE duty")
        .execute()
        .then(db.sql("INSERT INTO duty VALUES (1, true), (2, true)").execute())
        .block();
  }

  private static Mono<Long> onCall() {
    return db.sql("SELECT count(*) FROM duty WHERE on_call").first((r, m) -> r.get(0, Long.class));
  }

  private static Mono<Long> goOff(int doctor) {
    return db.sql("UPDATE duty SET on_call = false WHERE doctor = $1").bind(0, doctor).execute();
  }

  @Test
  void writeSkewIsRetriedAndTheRetrySeesTheOtherCommit() {
    AtomicInteger attempts = new AtomicInteger();
    Sinks.Empty<Void> aRead = Sinks.empty();
    Sinks.Empty<Void> bCommitted = Sinks.empty();
    // A: reads, waits for B to commit (first attempt only), then goes off call if someone remains.
    Mono<String> a =
        db.inTransaction(
            SERIALIZABLE_RETRY,
            tx -> {
              boolean first = attempts.incrementAndGet() == 1;
              return onCall()
                  .flatMap(
                      n ->
                          (first
                                  ? Mono.<Void>fromRunnable(aRead::tryEmitEmpty)
                                      .then(bCommitted.asMono())
                                  : Mono.<Void>empty())
                              .then(n > 1 ? goOff(1).thenReturn("off") : Mono.just("stays")));
            });
    Mono<Long> b =
        aRead
            .asMono()
            .then(
                db.inTransaction(
                    TxOptions.defaults().withIsolation(Isolation.SERIALIZABLE),
                    tx -> onCall().then(goOff(2))))
            .doOnSuccess(v -> bCommitted.tryEmitEmpty());

    StepVerifier.create(Mono.zip(a, b))
        .assertNext(t -> assertThat(t.getT1()).isEqualTo("stays"))
        .verifyComplete();
    assertThat(attempts).hasValue(2);
    StepVerifier.create(onCall()).expectNext(1L).verifyComplete();
  }

  @Test
  void serializationFailureWithoutRetryIsMapped() {
    Mono<Long> failing =
        db.inTransaction(
            tx ->
                db.sql("DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$")
                    .execute());
    StepVerifier.create(failing).expectError(SerializationFailureException.class).verify();
  }

  @Test
  void retryStopsAfterMaxRetries() {
    AtomicInteger attempts = new AtomicInteger();
    Mono<Long> failing =
        db.inTransaction(
            SERIALIZABLE_RETRY,
            tx ->
                Mono.fromRunnable(attempts::incrementAndGet)
                    .then(
                        db.sql(
                                "DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$")
                            .execute()));
    StepVerifier.create(failing).expectError(SerializationFailureException.class).verify();
    assertThat(attempts).hasValue(4);
  }

  @Test
  void bodyThatEmittedIsNotRetried() {
    AtomicInteger attempts = new AtomicInteger();
    Flux<Integer> failing =
        db.inTransactionMany(
            SERIALIZABLE_RETRY,
            tx ->
                Flux.just(1)
                    .doOnSubscribe(s -> attempts.incrementAndGet())
                    .concatWith(
                        db.sql(
                                "DO $$ BEGIN RAISE EXCEPTION 'forced' USING ERRCODE = '40001'; END $$")
                            .execute()
                            .then(Mono.empty())));
    StepVerifier.create(failing)
        .expectNext(1)
        .expectError(SerializationFailureException.class)
        .verify();
    assertThat(attempts).hasValue(1);
  }

  @Test
  void deadlockIsMappedAndRetried() {
    AtomicInteger attempts = new AtomicInteger();
    Sinks.Empty<Void> aLocked = Sinks.empty();
    Sinks.Empty<Void> bLocked = Sinks.empty();
    TxOptions retry =
        TxOptions.defaults()
            .withRetry(
                RetryPolicy.transientFailures(3)
                    .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5)));
    Mono<Long> a = db.inTransaction(retry, tx -> lockBoth(tx, attempts, 1, 2, aLocked, bLocked));
    Mono<Long> b = db.inTransaction(retry, tx -> lockBoth(tx, attempts, 2, 1, bLocked, aLocked));
    StepVerifier.create(Mono.zip(a, b)).expectNextCount(1).verifyComplete();
    assertThat(attempts).hasValue(3);
  }

  @Test
  void deadlockWithoutRetryIsMapped() {
    AtomicInteger attempts = new AtomicInteger();
    Sinks.Empty<Void> aLocked = Sinks.empty();
    Sinks.Empty<Void> bLocked = Sinks.empty();
    Mono<Long> a = db.inTransaction(tx -> lockBoth(tx, attempts, 1, 2, aLocked, bLocked));
    Mono<Long> b = db.inTransaction(tx -> lockBoth(tx, attempts, 2, 1, bLocked, aLocked));
    StepVerifier.create(
            Flux.merge(
                    a.map(v -> "ok")
                        .onErrorResume(DeadlockException.class, e -> Mono.just(e.getMessage())),
                    b.map(v -> "ok")
                        .onErrorResume(DeadlockException.class, e -> Mono.just(e.getMessage())))
                .collectList())
        .assertNext(
            results ->
                assertThat(results)
                    .contains("ok")
                    .anySatisfy(m -> assertThat(m).contains("40P01").contains("deadlock detected")))
        .verifyComplete();
  }

  /**
   * Locks {@code first}, waits (first attempt only) for the other side's lock, locks {@code
   * second}.
   */
  private static Mono<Long> lockBoth(
      io.pgorm.tx.Tx tx,
      AtomicInteger attempts,
      int first,
      int second,
      Sinks.Empty<Void> mine,
      Sinks.Empty<Void> theirs) {
    boolean firstAttempt = attempts.incrementAndGet() <= 2;
    return tx.setLocal("deadlock_timeout", "50ms")
        .then(goOff(first))
        .then(
            firstAttempt
                ? Mono.<Void>fromRunnable(mine::tryEmitEmpty).then(theirs.asMono())
                : Mono.<Void>empty())
        .then(goOff(second));
  }

  @Test
  void failureAtCommitIsRetriedAndTheValueEmittedOnce() {
    // A deferred constraint trigger fails the first COMMIT with 40001 (a sequence counts the
    // attempts, since sequences ignore rollback).
    db.sql("CREATE SEQUENCE commit_attempts").execute().block();
    db.sql("CREATE TABLE ledger (id int)").execute().block();
    db.sql(
            "CREATE FUNCTION fail_first_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " IF nextval('commit_attempts') = 1 THEN"
                + " RAISE EXCEPTION 'first commit fails' USING ERRCODE = '40001'; END IF;"
                + " RETURN NULL; END $$")
        .execute()
        .block();
    db.sql(
            "CREATE CONSTRAINT TRIGGER at_commit AFTER INSERT ON ledger DEFERRABLE INITIALLY"
                + " DEFERRED FOR EACH ROW EXECUTE FUNCTION fail_first_commit()")
        .execute()
        .block();
    AtomicInteger bodies = new AtomicInteger();
    Mono<String> work =
        db.inTransaction(
            SERIALIZABLE_RETRY,
            tx ->
                db.sql("INSERT INTO ledger VALUES (1)")
                    .execute()
                    .map(n -> "run " + bodies.incrementAndGet()));
    StepVerifier.create(work).expectNext("run 2").verifyComplete();
    StepVerifier.create(db.sql("SELECT count(*) FROM ledger").first((r, m) -> r.get(0, Long.class)))
        .expectNext(1L)
        .verifyComplete();
  }
}
