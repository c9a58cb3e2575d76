package io.pgorm.internal.metrics;

/**
 * Times statements into {@code pgorm.statement} and writes the slow-statement log. The client calls
 * {@link #start} just before executing a statement and ends the returned sample exactly once, from
 * the execution's terminal signal.
 */
public interface StatementMetrics {

  /**
   * Starts the clock for one execution of {@code sql}.
   *
   * @param sql the SQL as sent to the server; classified (operation, table) and cached by its text
   * @param bindCount how many parameters are bound; the slow-statement log reports the count, never
   *     the values
   * @return the sample to end with {@link StatementSample#success}, {@link StatementSample#error}
   *     or {@link StatementSample#cancel}; when metrics are off, a shared instance that does
   *     nothing
   */
  StatementSample start(String sql, int bindCount);
}
