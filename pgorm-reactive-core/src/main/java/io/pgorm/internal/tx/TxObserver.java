package io.pgorm.internal.tx;

/** What the transaction runner reports (to metrics). */
public interface TxObserver {

  void committed();

  /** {@code reason}: {@code error} or {@code cancel}. */
  void rolledBack(String reason);

  void retried(String sqlState);
}
