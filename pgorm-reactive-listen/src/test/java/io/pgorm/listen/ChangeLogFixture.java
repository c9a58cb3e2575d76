package io.pgorm.listen;

import io.pgorm.PgOrm;
import io.pgorm.schema.changes.ChangeLogObjects;
import java.util.List;

/**
 * Installs the change-log objects of {@link ChangeLogObjects} with hand-written DDL, and a table
 * {@code app.item} that feeds it. Interim: the migration engine's renderer will install them from
 * the IR.
 */
public final class ChangeLogFixture {

  private ChangeLogFixture() {}

  public static void install(PgOrm db) {
    for (String ddl :
        List.of(
            "CREATE SCHEMA pgorm",
            "CREATE SCHEMA app",
            "CREATE TABLE pgorm.change_log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
                + " txid xid8 NOT NULL DEFAULT pg_current_xact_id(), table_schema text NOT NULL,"
                + " table_name text NOT NULL, op text NOT NULL, pk jsonb NOT NULL, old_row jsonb,"
                + " new_row jsonb, created_at timestamptz NOT NULL DEFAULT clock_timestamp())",
            "CREATE INDEX change_log_txid_id_idx ON pgorm.change_log (txid, id)",
            "CREATE TABLE pgorm.change_consumer (name text PRIMARY KEY, position text NOT NULL,"
                + " updated_at timestamptz NOT NULL DEFAULT now())",
            "CREATE FUNCTION pgorm.capture_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER"
                + " SET search_path = pg_catalog, pg_temp AS $fn$"
                + ChangeLogObjects.captureFunction().body()
                + "$fn$",
            "CREATE TABLE app.item (id int PRIMARY KEY, name text)",
            "CREATE TRIGGER pgorm_notify AFTER INSERT OR UPDATE OR DELETE ON app.item FOR EACH ROW"
                + " EXECUTE FUNCTION pgorm.capture_change('id')")) {
      db.sql(ddl).execute().block();
    }
  }
}
