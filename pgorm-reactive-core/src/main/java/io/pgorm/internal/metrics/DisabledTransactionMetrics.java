package io.pgorm.internal.metrics;

/** Transaction metrics when the client has no meter registry: free to call. */
enum DisabledTransactionMetrics implements TransactionMetrics, TransactionSample {
  INSTANCE;

  @Override
  public TransactionSample begin() {
    return this;
  }

  @Override
  public void retry(Throwable cause) {}

  @Override
  public void commit() {}

  @Override
  public void rollback(RollbackReason reason) {}
}
