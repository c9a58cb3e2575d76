package io.pgorm.metrics;

import java.time.Duration;

/**
 * Names and tag keys of every meter PG-ORM Reactive registers in the {@code MeterRegistry} given to
 * the client, so that dashboards and tests need not repeat string literals.
 *
 * <p>Every meter carries the tag {@value #TAG_CLIENT} (the client's name) and the common tags given
 * with {@code metricsTags(...)}. Times are recorded in the registry's base time unit.
 */
public final class PgOrmMeters {

  /** Gauge: connections acquired from the pool and in use. */
  public static final String POOL_ACTIVE = "pgorm.pool.active";

  /** Gauge: connections open in the pool and not acquired. */
  public static final String POOL_IDLE = "pgorm.pool.idle";

  /** Gauge: acquire requests waiting for a connection. */
  public static final String POOL_PENDING = "pgorm.pool.pending";

  /** Gauge: the most connections the pool will open. */
  public static final String POOL_MAX = "pgorm.pool.max";

  /** Gauge: connections the pool holds open, acquired or idle. */
  public static final String POOL_ALLOCATED = "pgorm.pool.allocated";

  /** Timer: time from asking the pool for a connection to getting one, successful ones only. */
  public static final String POOL_ACQUIRE = "pgorm.pool.acquire";

  /** Counter: acquire requests that failed because no connection came in time. */
  public static final String POOL_ACQUIRE_TIMEOUTS = "pgorm.pool.acquire.timeouts";

  /**
   * Timer: statement execution, tagged {@value #TAG_OPERATION}, {@value #TAG_TABLE} and {@value
   * #TAG_OUTCOME}.
   */
  public static final String STATEMENT = "pgorm.statement";

  /**
   * Counter: failed statements, tagged {@value #TAG_SQLSTATE_CLASS}, {@value #TAG_OPERATION} and
   * {@value #TAG_TABLE}.
   */
  public static final String STATEMENT_ERRORS = "pgorm.statement.errors";

  /**
   * Counter: statements slower than the slow-statement threshold, tagged {@value #TAG_OPERATION}
   * and {@value #TAG_TABLE}.
   */
  public static final String STATEMENT_SLOW = "pgorm.statement.slow";

  /** Timer: transaction duration from begin to commit or rollback, tagged {@value #TAG_OUTCOME}. */
  public static final String TX = "pgorm.tx";

  /** Counter: committed transactions. */
  public static final String TX_COMMITS = "pgorm.tx.commits";

  /** Counter: rolled back transactions, tagged {@value #TAG_REASON}. */
  public static final String TX_ROLLBACKS = "pgorm.tx.rollbacks";

  /**
   * Counter: transaction attempts retried after a retryable failure, tagged {@value #TAG_SQLSTATE}.
   */
  public static final String TX_RETRIES = "pgorm.tx.retries";

  /** Tag on every meter: the client's (and its pool's) name. */
  public static final String TAG_CLIENT = "client";

  /**
   * Tag: the statement's kind, one of {@code select}, {@code insert}, {@code update}, {@code
   * delete}, {@code merge}, {@code copy}, {@code call}, {@code ddl}, {@code other}.
   */
  public static final String TAG_OPERATION = "operation";

  /**
   * Tag: the statement's first target table as written ({@code schema.table} when qualified),
   * {@code none} when there is none, {@code other} once the distinct-table limit is reached.
   */
  public static final String TAG_TABLE = "table";

  /**
   * Tag: how it ended: {@code success}, {@code error} or {@code cancel} for statements; {@code
   * commit} or {@code rollback} for transactions.
   */
  public static final String TAG_OUTCOME = "outcome";

  /** Tag: the first two characters of the SQLSTATE, or {@code client} for client-side failures. */
  public static final String TAG_SQLSTATE_CLASS = "sqlstate.class";

  /** Tag: the five-character SQLSTATE that caused a retry, or {@code client}. */
  public static final String TAG_SQLSTATE = "sqlstate";

  /** Tag: why a transaction rolled back: {@code error}, {@code cancel} or {@code explicit}. */
  public static final String TAG_REASON = "reason";

  /**
   * The logger (through {@code reactor.util.Loggers}) that the slow-statement log writes to, at
   * WARN. Silence it there, or disable the log with a zero threshold.
   */
  public static final String SLOW_STATEMENT_LOGGER = "io.pgorm.statement.slow";

  /** The slow-statement threshold when none is configured: one second. */
  public static final Duration DEFAULT_SLOW_STATEMENT_THRESHOLD = Duration.ofSeconds(1);

  private PgOrmMeters() {}
}
