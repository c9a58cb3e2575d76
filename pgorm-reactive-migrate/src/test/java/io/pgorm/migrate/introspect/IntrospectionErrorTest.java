package io.pgorm.migrate.introspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.migrate.Databases;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Sinks;
import reactor.test.StepVerifier;

/** A catalog query that fails names what was being read and keeps the server's error. */
@PgTest
class IntrospectionErrorTest {

  @Test
  void aFailedQuerySaysWhatWasBeingRead(TestDatabase database) {
    try (PgOrm admin = Databases.client(database);
        PgOrm reader =
            PgOrm.create(
                PgOrmConfig.builder()
                    .url(database.url())
                    .sslMode(SslMode.DISABLE)
                    .lockTimeout(Duration.ofMillis(200))
                    .build())) {
      Databases.run(admin, "CREATE VIEW locked AS SELECT 1 AS one");
      // Printing a view's query takes a lock on it; another transaction holds it.
      Sinks.Empty<Void> release = Sinks.empty();
      Disposable holder =
          admin
              .inTransaction(
                  tx ->
                      tx.sql("LOCK TABLE locked IN ACCESS EXCLUSIVE MODE")
                          .execute()
                          .then(release.asMono()))
              .subscribe();
      await()
          .atMost(Duration.ofSeconds(10))
          .until(
              () ->
                  admin
                          .sql(
                              "SELECT count(*) FROM pg_locks WHERE relation = 'locked'::regclass"
                                  + " AND mode = 'AccessExclusiveLock' AND granted")
                          .first((r, m) -> r.get(0, Long.class))
                          .block()
                      == 1L);
      try {
        StepVerifier.create(Introspector.create(reader).introspect())
            .expectErrorSatisfies(
                e -> {
                  assertThat(e).isInstanceOf(IntrospectionException.class);
                  assertThat(e.getMessage())
                      .isEqualTo(
                          "Introspection failed while reading the tables and views of the"
                              + " catalog: canceling statement due to lock timeout [55P03]."
                              + " Hint: Run the whole transaction again (isRetryable() is true)"
                              + " later: another transaction holds the lock (lock_timeout or"
                              + " NOWAIT).");
                  assertThat(((IntrospectionException) e).sqlState()).isEqualTo("55P03");
                  assertThat(e.getCause()).isNotNull();
                })
            .verify(Duration.ofSeconds(30));
      } finally {
        release.tryEmitEmpty();
        holder.dispose();
      }
    }
  }
}
