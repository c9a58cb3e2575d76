package io.pgorm.listen.log;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.PgOrm;
import io.pgorm.schema.changes.ChangeLogObjects;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.QualifiedName;
import io.r2dbc.spi.Row;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

/**
 * Reads the change log in batches bounded by transaction-id watermarks. Each batch holds changes
 * whose transactions all ended before it was read ({@code txid < pg_snapshot_xmin} of the reading
 * snapshot), in change-id order; a transaction still running holds back everything from its id on —
 * including later transactions that already committed — until it ends. That is the cost of never
 * skipping a late commit: the watermark is cluster-wide, so one long writing transaction anywhere
 * delays every reader.
 */
public final class ChangeLogReader {

  private static final String COLUMNS =
      "id, txid::text::bigint AS txid, table_schema, table_name, op, pk::text AS pk,"
          + " old_row::text AS old_row, new_row::text AS new_row, created_at FROM "
          + ChangeLogObjects.LOG_TABLE;

  /**
   * The row of {@code pgorm.change_consumer} where retention records its horizon ({@code h:h:0}:
   * every change of a transaction below {@code h} may have been pruned). Consumer names starting
   * with {@code pgorm:} are reserved for such rows.
   */
  public static final String RETENTION_ROW = "pgorm:retention";

  private final PgOrm client;
  private final ObjectMapper json;

  public ChangeLogReader(PgOrm client, ObjectMapper json) {
    this.client = client;
    this.json = json;
  }

  /**
   * The position of "now": changes of transactions that end from here on will be read, earlier ones
   * not. Cold.
   */
  public Mono<ChangePosition> now() {
    return watermark().map(xmin -> new ChangePosition(xmin, xmin, 0));
  }

  /**
   * Up to {@code limit} changes after {@code from}, of {@code table} only when not {@code null}.
   * Cold; an empty batch means nothing more is readable now (its position may still have moved).
   * Fails with {@link ChangesPrunedException} when retention pruned changes {@code from} has not
   * read.
   */
  public Mono<ChangeBatch> next(ChangePosition from, int limit, @Nullable QualifiedName table) {
    if (limit < 1) {
      return Mono.error(new IllegalArgumentException("limit must be at least 1, was " + limit));
    }
    if (from.inRange()) {
      return readRange(from, limit, table);
    }
    return mark(table)
        .flatMap(
            mark ->
                mark.xmin() <= from.low()
                    ? Mono.just(new ChangeBatch(List.of(), from, mark.held()))
                    : readRange(new ChangePosition(from.low(), mark.xmin(), 0), limit, table)
                        .map(
                            batch ->
                                batch.position().inRange()
                                    ? batch
                                    : new ChangeBatch(
                                        batch.records(), batch.position(), mark.held())));
  }

  private record Mark(long xmin, boolean held) {}

  /** The watermark, and whether committed changes above it wait for it (one snapshot). */
  private Mono<Mark> mark(@Nullable QualifiedName table) {
    var statement =
        client.sql(
            "SELECT x.xmin, EXISTS (SELECT 1 FROM "
                + ChangeLogObjects.LOG_TABLE
                + " WHERE txid >= x.xmin::text::xid8"
                + (table == null ? "" : " AND table_schema = $1 AND table_name = $2")
                + ") AS held FROM (SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint"
                + " AS xmin) x");
    if (table != null) {
      statement = statement.bind(0, table.schema()).bind(1, table.name());
    }
    return statement.first(
        (row, meta) ->
            new Mark(value(row, "xmin", Long.class), Boolean.TRUE.equals(row.get("held"))));
  }

  private Mono<Long> watermark() {
    return client
        .sql("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        .first((row, meta) -> row.get(0, Long.class));
  }

  private Mono<ChangeBatch> readRange(
      ChangePosition range, int limit, @Nullable QualifiedName table) {
    // One statement reads the retention horizon and the changes: with one snapshot, either a
    // prune committed before it (and the horizon says so) or its deletions are not seen.
    String sql =
        "SELECT h.horizon, l.* FROM (SELECT coalesce((SELECT split_part(position, ':', 1)::bigint"
            + " FROM "
            + ChangeLogObjects.CONSUMER_TABLE
            + " WHERE name = '"
            + RETENTION_ROW
            + "'), 0) AS horizon) h LEFT JOIN LATERAL (SELECT "
            + COLUMNS
            + " WHERE txid >= $1::text::xid8 AND txid < $2::text::xid8 AND id > $3"
            + (table == null ? "" : " AND table_schema = $5 AND table_name = $6")
            + " ORDER BY id LIMIT $4) l ON true";
    var statement =
        client
            .sql(sql)
            .bind(0, Long.toString(range.low()))
            .bind(1, Long.toString(range.high()))
            .bind(2, range.afterId())
            .bind(3, limit);
    if (table != null) {
      statement = statement.bind(4, table.schema()).bind(5, table.name());
    }
    return statement
        .map(
            (row, meta) -> {
              long horizon = value(row, "horizon", Long.class);
              if (range.low() < horizon) {
                throw new ChangesPrunedException(
                    null, range, new ChangePosition(horizon, horizon, 0));
              }
              return row.get("id", Long.class) == null
                  ? Optional.<ChangeRecord>empty()
                  : Optional.of(decode(row, range));
            })
        .flatMapIterable(r -> r.map(List::of).orElse(List.of()))
        .collectList()
        .map(
            records -> {
              // A short batch exhausted the range: every change below `high` is read.
              ChangePosition next =
                  records.size() < limit
                      ? new ChangePosition(range.high(), range.high(), 0)
                      : records.get(records.size() - 1).position();
              return new ChangeBatch(records, next);
            });
  }

  private ChangeRecord decode(Row row, ChangePosition range) {
    long id = value(row, "id", Long.class);
    return new ChangeRecord(
        id,
        value(row, "txid", Long.class),
        QualifiedName.of(
            value(row, "table_schema", String.class), value(row, "table_name", String.class)),
        ChangeOperation.valueOf(value(row, "op", String.class)),
        parse(value(row, "pk", String.class)),
        parseNullable(row.get("old_row", String.class)),
        parseNullable(row.get("new_row", String.class)),
        value(row, "created_at", OffsetDateTime.class),
        new ChangePosition(range.low(), range.high(), id));
  }

  private static <T> T value(Row row, String column, Class<T> type) {
    T value = row.get(column, type);
    if (value == null) {
      throw new IllegalStateException("change log column " + column + " is NULL");
    }
    return value;
  }

  private @Nullable JsonNode parseNullable(@Nullable String text) {
    return text == null ? null : parse(text);
  }

  private JsonNode parse(String text) {
    try {
      return json.readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "change log holds invalid JSON: " + e.getOriginalMessage(), e);
    }
  }
}
