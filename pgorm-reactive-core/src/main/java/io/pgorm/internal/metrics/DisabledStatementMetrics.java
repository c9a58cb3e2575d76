package io.pgorm.internal.metrics;

/** Statement metrics when there is neither a registry nor a slow-statement log: free to call. */
enum DisabledStatementMetrics implements StatementMetrics, StatementSample {
  INSTANCE;

  @Override
  public StatementSample start(String sql, int bindCount) {
    return this;
  }

  @Override
  public void success(long rows) {}

  @Override
  public void error(Throwable error) {}

  @Override
  public void cancel() {}
}
