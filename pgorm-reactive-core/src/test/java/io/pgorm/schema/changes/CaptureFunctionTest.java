package io.pgorm.schema.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * The capture function's body, as the IR carries it, runs on a real server: the log gets the
 * operation, the key and the rows, and a rolled-back write leaves nothing. (The DDL around it is
 * written here by hand until the migration engine renders it.)
 */
@PgTest
class CaptureFunctionTest {

  private static PgOrm db;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = PgOrm.create(PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE).build());
    for (String ddl :
        List.of(
            "CREATE SCHEMA pgorm",
            "CREATE SCHEMA app",
            "CREATE TABLE pgorm.change_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " txid xid8 NOT NULL DEFAULT pg_current_xact_id(), table_schema text NOT NULL,"
                + " table_name text NOT NULL, op text NOT NULL, pk jsonb NOT NULL, old_row jsonb,"
                + " new_row jsonb, created_at timestamptz NOT NULL DEFAULT clock_timestamp())",
            "CREATE FUNCTION pgorm.capture_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                + " SET search_path = pg_catalog, pg_temp AS $fn$"
                + ChangeLogObjects.captureFunction().body()
                + "$fn$",
            "CREATE TABLE app.account (tenant text, id int, name text, PRIMARY KEY (tenant, id))",
            "CREATE TRIGGER pgorm_notify AFTER INSERT OR UPDATE OR DELETE ON app.account FOR EACH ROW"
                + " EXECUTE FUNCTION pgorm.capture_change('tenant', 'id')")) {
      db.sql(ddl).execute().block();
    }
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void logsEachChangeWithItsKeyAndRows() {
    db.sql("INSERT INTO app.account VALUES ('t1', 1, 'Ada')").execute().block();
    db.sql("UPDATE app.account SET name = 'Ada L.' WHERE id = 1").execute().block();
    db.sql("DELETE FROM app.account WHERE id = 1").execute().block();
    List<String> log =
        db.sql(
                "SELECT op || ' ' || pk::text || ' ' || coalesce(old_row ->> 'name', '-') || ' '"
                    + " || coalesce(new_row ->> 'name', '-') FROM pgorm.change_log ORDER BY id")
            .map((r, m) -> r.get(0, String.class))
            .collectList()
            .block();
    assertThat(log)
        .containsExactly(
            "INSERT {\"id\": 1, \"tenant\": \"t1\"} - Ada",
            "UPDATE {\"id\": 1, \"tenant\": \"t1\"} Ada Ada L.",
            "DELETE {\"id\": 1, \"tenant\": \"t1\"} Ada L. -");
  }

  @Test
  void rolledBackWriteLeavesNothing() {
    Long before = count();
    assertThatThrownBy(
            () ->
                db.inTransaction(
                        tx ->
                            db.sql("INSERT INTO app.account VALUES ('t2', 2, 'Bob')")
                                .execute()
                                .then(Mono.error(new IllegalStateException("abort"))))
                    .block())
        .hasMessage("abort");
    assertThat(count()).isEqualTo(before);
  }

  private static Long count() {
    return db.sql("SELECT count(*) FROM pgorm.change_log")
        .first((r, m) -> r.get(0, Long.class))
        .block();
  }
}
