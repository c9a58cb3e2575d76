package io.pgorm.internal.metrics;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.pgorm.metrics.PgOrmMeters;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.jspecify.annotations.Nullable;

/**
 * The registry side of statement metrics. Each SQL text maps, through a bounded cache, to the
 * meters of its shape, so a repeated statement costs one map lookup and no allocation.
 */
final class StatementMeters {

  static final int MAX_CACHED_STATEMENTS = 1024;

  /** Longer SQL is classified on every call rather than kept alive by the cache. */
  static final int MAX_CACHED_SQL_LENGTH = 4096;

  static final String OTHER_TABLE = "other";

  private final RegisteredMeters meters;
  private final int maxTables;
  private final Set<String> tables = ConcurrentHashMap.newKeySet();
  private final BoundedCache<String, ShapeMeters> bySql = new BoundedCache<>(MAX_CACHED_STATEMENTS);

  StatementMeters(RegisteredMeters meters, int maxTables) {
    this.meters = meters;
    this.maxTables = maxTables;
  }

  void record(String sql, Outcome outcome, long nanos, @Nullable Throwable error, boolean slow) {
    ShapeMeters shape =
        sql.length() > MAX_CACHED_SQL_LENGTH ? shapeMeters(sql) : bySql.get(sql, this::shapeMeters);
    shape.timer(outcome).record(nanos, TimeUnit.NANOSECONDS);
    if (error != null) {
      String sqlStateClass = Causes.sqlStateClassTag(Causes.sqlState(error));
      meters
          .counter(
              PgOrmMeters.STATEMENT_ERRORS,
              "Failed statements",
              shape.tags.and(PgOrmMeters.TAG_SQLSTATE_CLASS, sqlStateClass))
          .increment();
    }
    if (slow) {
      meters
          .counter(
              PgOrmMeters.STATEMENT_SLOW,
              "Statements slower than the slow-statement threshold",
              shape.tags)
          .increment();
    }
  }

  int cachedStatements() {
    return bySql.size();
  }

  private ShapeMeters shapeMeters(String sql) {
    StatementShape shape = SqlClassifier.classify(sql);
    return new ShapeMeters(
        Tags.of(
            PgOrmMeters.TAG_OPERATION, shape.operation(),
            PgOrmMeters.TAG_TABLE, boundedTable(shape.table())));
  }

  /** Keeps the {@code table} tag's cardinality bounded: past the limit, new tables are "other". */
  private String boundedTable(String table) {
    if (table.equals(SqlClassifier.NONE) || tables.contains(table)) {
      return table;
    }
    synchronized (tables) {
      if (tables.contains(table) || tables.size() < maxTables) {
        tables.add(table);
        return table;
      }
    }
    return OTHER_TABLE;
  }

  /** The timers of one (operation, table), registered on first use of each outcome. */
  private final class ShapeMeters {

    private final Tags tags;
    private final AtomicReferenceArray<@Nullable Timer> timers =
        new AtomicReferenceArray<>(Outcome.values().length);

    ShapeMeters(Tags tags) {
      this.tags = tags;
    }

    Timer timer(Outcome outcome) {
      Timer timer = timers.get(outcome.ordinal());
      if (timer == null) {
        // A race registers nothing twice: the registry returns the meter it already has.
        timer =
            meters.timer(
                PgOrmMeters.STATEMENT,
                "Statement execution time",
                tags.and(PgOrmMeters.TAG_OUTCOME, outcome.tag()));
        timers.set(outcome.ordinal(), timer);
      }
      return timer;
    }
  }
}
