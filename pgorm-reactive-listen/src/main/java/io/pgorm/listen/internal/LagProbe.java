package io.pgorm.listen.internal;

import io.pgorm.PgOrm;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.schema.changes.ChangeLogObjects;
import io.pgorm.schema.ir.QualifiedName;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.Logger;
import reactor.util.Loggers;

/**
 * Measures a durable consumer's lag from the log itself — the committed changes after its handled
 * position, and the age of the oldest — plus the watermark hold-back: how long the oldest running
 * writing transaction has been open. One query per interval; a failed probe is logged and skipped.
 */
public final class LagProbe {

  /** Counting stops here, so that a consumer far behind does not make the probe expensive. */
  public static final int COUNT_LIMIT = 1_000_000;

  private static final Logger log = Loggers.getLogger(LagProbe.class);

  private final PgOrm client;
  private final ListenMetrics metrics;

  public LagProbe(PgOrm client, ListenMetrics metrics) {
    this.client = client;
    this.metrics = metrics;
  }

  /** Probes every {@code interval}, the first time at once, until cancelled. Never completes. */
  public Mono<Void> run(
      String consumer,
      @Nullable QualifiedName table,
      AtomicReference<ChangePosition> handled,
      Duration interval) {
    return Flux.interval(Duration.ZERO, interval)
        .onBackpressureDrop()
        .concatMap(tick -> probe(consumer, table, handled.get()))
        .then();
  }

  private Mono<Void> probe(String consumer, @Nullable QualifiedName table, ChangePosition handled) {
    // Unhandled: a transaction at or above the watermark `low`, and not within the open range up
    // to `afterId`. Uncommitted changes are invisible to the query, so this counts committed ones.
    String sql =
        "SELECT (SELECT count(*) FROM lagging)::bigint AS n,"
            + " coalesce(extract(epoch FROM clock_timestamp() - (SELECT min(created_at) FROM"
            + " lagging)), 0)::float8 AS age,"
            + " coalesce((SELECT extract(epoch FROM clock_timestamp() - min(xact_start)) FROM"
            + " pg_stat_activity WHERE backend_xid IS NOT NULL), 0)::float8 AS holdback";
    String lagging =
        "WITH lagging AS (SELECT created_at FROM "
            + ChangeLogObjects.LOG_TABLE
            + " WHERE txid >= $1::text::xid8 AND (txid >= $2::text::xid8 OR id > $3)"
            + (table == null ? "" : " AND table_schema = $4 AND table_name = $5")
            + " LIMIT "
            + COUNT_LIMIT
            + ") ";
    var statement =
        client
            .sql(lagging + sql)
            .bind(0, Long.toString(handled.low()))
            .bind(1, Long.toString(handled.high()))
            .bind(2, handled.afterId());
    if (table != null) {
      statement = statement.bind(3, table.schema()).bind(4, table.name());
    }
    return statement
        .first(
            (row, meta) -> {
              Long n = row.get("n", Long.class);
              Double age = row.get("age", Double.class);
              Double holdback = row.get("holdback", Double.class);
              metrics.lag(consumer, n == null ? 0 : n, age == null ? 0 : age);
              metrics.holdback(holdback == null ? 0 : holdback);
              return n == null ? 0L : n;
            })
        .then()
        .onErrorResume(
            e -> {
              log.warn("lag probe of change consumer '" + consumer + "' failed: " + e);
              return Mono.empty();
            });
  }
}
