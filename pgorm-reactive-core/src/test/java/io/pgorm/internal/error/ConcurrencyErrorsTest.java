package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static io.pgorm.internal.error.Sql.run;
import static io.pgorm.internal.error.Sql.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.DeadlockException;
import io.pgorm.error.LockNotAvailableException;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.QueryCanceledException;
import io.pgorm.error.SerializationFailureException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.spi.Connection;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Serialization failures, deadlocks, lock and statement timeouts: two sessions, for real. */
@PgTest
class ConcurrencyErrorsTest {

  static TestDatabase db;

  @BeforeAll
  static void createSchema(TestDatabase database) {
    db = database;
    Sql.setUp(
        db.connectionFactory(),
        "CREATE TABLE doctor (id int PRIMARY KEY, on_call boolean NOT NULL)",
        "INSERT INTO doctor VALUES (1, true), (2, true)");
  }

  /** Runs {@code work} with two connections of their own; both closed however it ends. */
  private static <T> Mono<T> twoSessions(BiFunction<Connection, Connection, Mono<T>> work) {
    return with(db.connectionFactory(), a -> with(db.connectionFactory(), b -> work.apply(a, b)));
  }

  @Test
  void serializationFailureOnWriteSkew() {
    // Classic write skew: both see two doctors on call, each takes a different one off.
    String check = "SELECT count(*) FROM doctor WHERE on_call";
    PgOrmException e =
        failure(
            twoSessions(
                (a, b) ->
                    run(a, "BEGIN ISOLATION LEVEL SERIALIZABLE")
                        .then(run(b, "BEGIN ISOLATION LEVEL SERIALIZABLE"))
                        .then(run(a, check))
                        .then(run(b, check))
                        .then(run(a, "UPDATE doctor SET on_call = false WHERE id = 1"))
                        .then(run(b, "UPDATE doctor SET on_call = false WHERE id = 2"))
                        .then(run(a, "COMMIT"))
                        .then(run(b, "COMMIT"))));

    assertThat(e)
        .isInstanceOf(SerializationFailureException.class)
        .hasMessageStartingWith(
            "could not serialize access due to read/write dependencies among transactions"
                + " [40001] — Reason code: Canceled on identification as a pivot, during commit"
                + " attempt. Hint: The transaction might succeed if retried.");
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void deadlock() {
    // b detects the deadlock first: its deadlock_timeout is 50 ms, a's the default 1 s.
    PgOrmException e =
        failure(
            twoSessions(
                (a, b) ->
                    run(a, "BEGIN")
                        .then(run(b, "BEGIN"))
                        .then(run(b, "SET LOCAL deadlock_timeout = '50ms'"))
                        .then(run(a, "UPDATE doctor SET on_call = true WHERE id = 1"))
                        .then(run(b, "UPDATE doctor SET on_call = true WHERE id = 2"))
                        .then(
                            Mono.when(
                                run(a, "UPDATE doctor SET on_call = true WHERE id = 2")
                                    .then(run(a, "ROLLBACK")),
                                run(b, "UPDATE doctor SET on_call = true WHERE id = 1")
                                    .onErrorResume(
                                        deadlock ->
                                            run(b, "ROLLBACK").then(Mono.error(deadlock)))))));

    assertThat(e)
        .isInstanceOf(DeadlockException.class)
        .hasMessageStartingWith("deadlock detected [40P01] — Process ")
        .hasMessageContaining(" waits for ShareLock on transaction ")
        .hasMessageEndingWith("Hint: See server log for query details.");
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void lockNotAvailableWithNowait() {
    PgOrmException e =
        failure(
            twoSessions(
                (a, b) ->
                    run(a, "BEGIN")
                        .then(run(a, "SELECT * FROM doctor WHERE id = 1 FOR UPDATE"))
                        .then(run(b, "SELECT * FROM doctor WHERE id = 1 FOR UPDATE NOWAIT"))));

    assertThat(e)
        .isInstanceOf(LockNotAvailableException.class)
        .hasMessage(
            "could not obtain lock on row in relation \"doctor\" [55P03]. Hint: Run the whole"
                + " transaction again (isRetryable() is true) later: another transaction holds"
                + " the lock (lock_timeout or NOWAIT).");
    assertThat(e.isRetryable()).isTrue();
  }

  @Test
  void lockNotAvailableAfterLockTimeout() {
    PgOrmException e =
        failure(
            twoSessions(
                (a, b) ->
                    run(a, "BEGIN")
                        .then(run(a, "LOCK TABLE doctor"))
                        .then(run(b, "SET lock_timeout = '50ms'"))
                        .then(run(b, "SELECT * FROM doctor"))));

    assertThat(e)
        .isInstanceOf(LockNotAvailableException.class)
        .hasMessageStartingWith("canceling statement due to lock timeout [55P03] at character 15");
  }

  @Test
  void statementTimeout() {
    PgOrmException e =
        failure(
            with(
                db.connectionFactory(),
                c -> run(c, "SET statement_timeout = '50ms'").then(run(c, "SELECT pg_sleep(1)"))));

    assertThat(e)
        .isInstanceOf(QueryCanceledException.class)
        .hasMessage(
            "canceling statement due to statement timeout [57014]. Hint: The statement ran longer"
                + " than statement_timeout: make it faster, or raise the limit for this"
                + " transaction with SET LOCAL statement_timeout.");
    assertThat(((QueryCanceledException) e).isStatementTimeout()).isTrue();
  }
}
