package io.pgorm.listen.log;

import io.pgorm.PgOrm;
import io.pgorm.schema.changes.ChangeLogObjects;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/**
 * Removes changes the readers no longer need, per a {@link Retention}, and records the horizon
 * below which changes may be gone — in the same statement, so that a reader sees either both or
 * neither (see {@link ChangeLogReader}).
 */
public final class ChangeLogPruner {

  private static final String CONSUMERS =
      " FROM " + ChangeLogObjects.CONSUMER_TABLE + " WHERE name NOT LIKE 'pgorm:%'";

  private final PgOrm client;

  public ChangeLogPruner(PgOrm client) {
    this.client = client;
  }

  /**
   * Prunes once. Cold; each subscription runs one statement (a {@code DELETE} bounded by the
   * horizon: transactions still running and anything not yet below the readers' watermark are never
   * touched).
   */
  public Mono<PruneResult> prune(Retention retention) {
    String consumedCut =
        retention.consumed()
            ? "(SELECT min(split_part(position, ':', 1)::bigint)" + CONSUMERS + ")"
            : "NULL::bigint";
    String ageCut =
        retention.maxAge() == null
            ? "NULL::bigint"
            : "(SELECT max(txid::text::bigint) + 1 FROM "
                + ChangeLogObjects.LOG_TABLE
                + " WHERE created_at < clock_timestamp() - make_interval(secs => $1)"
                + " AND txid < pg_snapshot_xmin(pg_current_snapshot()))";
    String sql =
        "WITH cut AS (SELECT coalesce(greatest("
            + consumedCut
            + ", "
            + ageCut
            + "), 0) AS h),"
            + " gone AS (DELETE FROM "
            + ChangeLogObjects.LOG_TABLE
            + " WHERE txid < (SELECT h FROM cut)::text::xid8 RETURNING 1),"
            + " mark AS (INSERT INTO "
            + ChangeLogObjects.CONSUMER_TABLE
            + " AS c (name, position) SELECT '"
            + ChangeLogReader.RETENTION_ROW
            + "', h || ':' || h || ':0' FROM cut WHERE h > 0"
            + " ON CONFLICT (name) DO UPDATE SET position = excluded.position, updated_at = now()"
            + " WHERE split_part(c.position, ':', 1)::bigint"
            + " < split_part(excluded.position, ':', 1)::bigint RETURNING position),"
            + " horizon AS (SELECT coalesce((SELECT split_part(position, ':', 1)::bigint FROM mark),"
            + " (SELECT split_part(position, ':', 1)::bigint FROM "
            + ChangeLogObjects.CONSUMER_TABLE
            + " WHERE name = '"
            + ChangeLogReader.RETENTION_ROW
            + "'), 0) AS h)"
            + " SELECT (SELECT count(*) FROM gone) AS deleted, (SELECT h FROM horizon) AS horizon,"
            + " (SELECT coalesce(array_agg(name ORDER BY name), '{}')"
            + CONSUMERS
            + " AND split_part(position, ':', 1)::bigint < (SELECT h FROM horizon)) AS behind";
    var statement = client.sql(sql);
    if (retention.maxAge() != null) {
      statement = statement.bind(0, retention.maxAge().toNanos() / 1e9);
    }
    return statement.first(
        (row, meta) -> {
          long horizon = require(row.get("horizon", Long.class));
          String[] behind = row.get("behind", String[].class);
          List<String> names = new ArrayList<>(behind == null ? List.of() : List.of(behind));
          return new PruneResult(
              require(row.get("deleted", Long.class)),
              new ChangePosition(horizon, horizon, 0),
              names);
        });
  }

  private static long require(@org.jspecify.annotations.Nullable Long value) {
    if (value == null) {
      throw new IllegalStateException("prune returned NULL");
    }
    return value;
  }
}
