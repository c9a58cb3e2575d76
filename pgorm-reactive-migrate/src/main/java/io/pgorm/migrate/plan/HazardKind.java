package io.pgorm.migrate.plan;

/** What can go wrong when a step runs, beyond the step failing. */
public enum HazardKind {
  /**
   * Rows or values are lost: a table, column or materialized view dropped, a type narrowed, enum
   * values removed. Refused unless accepted ({@link PlanOptions.Builder#acceptDataLoss}).
   */
  DATA_LOSS,
  /** The table is rewritten (every row copied), taking time and disk in proportion to its size. */
  TABLE_REWRITE,
  /**
   * A lock that blocks writes (or reads) is held while the server scans or builds something in
   * proportion to the table's size.
   */
  LONG_LOCK,
  /** Running the reverse plan does not bring back what this step changed (data, an old version). */
  NOT_REVERSIBLE
}
