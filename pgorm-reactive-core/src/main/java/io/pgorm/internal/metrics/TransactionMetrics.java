package io.pgorm.internal.metrics;

/**
 * Counts and times transactions. The client calls {@link #begin} when it issues {@code BEGIN}, ends
 * the sample once, and reports each retry of a transaction body with {@link #retry}.
 */
public interface TransactionMetrics {

  /**
   * Starts the clock for one transaction attempt; a retried transaction starts a new sample per
   * attempt. When metrics are off, returns a shared instance that does nothing.
   */
  TransactionSample begin();

  /**
   * Counts one retry in {@code pgorm.tx.retries}, tagged with the SQLSTATE found along {@code
   * cause}'s chain (e.g. {@code 40001}), or {@code client} when there is none.
   */
  void retry(Throwable cause);
}
