package io.pgorm.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.error.UniqueViolationException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.tx.RetryPolicy;
import io.pgorm.tx.TxOptions;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The meters after a known workload, read from a real client. */
@PgTest
class ClientMetricsTest {

  @Test
  void countsAKnownWorkload(TestDatabase database) {
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    PgOrm db =
        Clients.create(
            database,
            b ->
                b.poolName("shop")
                    .maxSize(3)
                    .meterRegistry(registry)
                    .metricsTags(Tags.of("app", "test")));
    try {
      db.sql("CREATE TABLE account (id int PRIMARY KEY)").execute().block();
      for (int i = 1; i <= 3; i++) {
        db.sql("INSERT INTO account VALUES ($1)").bind(0, i).execute().block();
      }
      db.sql("SELECT id FROM account").map((r, m) -> r.get(0, Integer.class)).collectList().block();
      assertThatThrownBy(() -> db.sql("INSERT INTO account VALUES (1)").execute().block())
          .isInstanceOf(UniqueViolationException.class);
      db.inTransaction(tx -> db.sql("INSERT INTO account VALUES (10)").execute()).block();
      assertThatThrownBy(
              () ->
                  db.inTransaction(tx -> db.sql("INSERT INTO account VALUES (10)").execute())
                      .block())
          .isInstanceOf(UniqueViolationException.class);
      TxOptions retry =
          TxOptions.defaults()
              .withRetry(
                  RetryPolicy.transientFailures(2)
                      .withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)));
      assertThatThrownBy(
              () ->
                  db.inTransaction(
                          retry,
                          tx ->
                              db.sql(
                                      "DO $$ BEGIN RAISE EXCEPTION 'x' USING ERRCODE = '40001'; END $$")
                                  .execute())
                      .block())
          .hasMessageContaining("40001");

      Tags shop = Tags.of("client", "shop", "app", "test");
      assertThat(
              registry
                  .get("pgorm.statement")
                  .tags(shop)
                  .tags("operation", "insert", "table", "account", "outcome", "success")
                  .timer()
                  .count())
          .isEqualTo(4);
      assertThat(
              registry
                  .get("pgorm.statement")
                  .tags(shop)
                  .tags("operation", "select", "table", "account")
                  .timer()
                  .count())
          .isEqualTo(1);
      assertThat(
              registry
                  .get("pgorm.statement.errors")
                  .tags(shop)
                  .tags("sqlstate.class", "23")
                  .counters())
          .extracting(c -> c.count())
          .containsExactly(2.0);
      assertThat(registry.get("pgorm.tx.commits").tags(shop).counter().count()).isEqualTo(1);
      assertThat(
              registry
                  .get("pgorm.tx.rollbacks")
                  .tags(shop)
                  .tags("reason", "error")
                  .counter()
                  .count())
          .isEqualTo(4); // the unique violation, then three runs of the 40001 body
      assertThat(
              registry
                  .get("pgorm.tx.retries")
                  .tags(shop)
                  .tags("sqlstate", "40001")
                  .counter()
                  .count())
          .isEqualTo(2);
      assertThat(registry.get("pgorm.pool.max").tags(shop).gauge().value()).isEqualTo(3);
      assertThat(registry.get("pgorm.pool.active").tags(shop).gauge().value()).isZero();
      assertThat(registry.get("pgorm.pool.acquire").tags(shop).timer().count())
          .isGreaterThanOrEqualTo(10);
    } finally {
      db.close();
    }
    assertThat(registry.find("pgorm.pool.max").meters()).isEmpty();
    assertThat(registry.getMeters()).noneMatch(m -> m.getId().getName().startsWith("pgorm."));
  }
}
