package io.pgorm.internal.metrics;

/** One transaction attempt being timed. Only the first call counts; later ones are ignored. */
public interface TransactionSample {

  /** {@code COMMIT} succeeded. A failed commit is a rollback with reason {@code ERROR}. */
  void commit();

  /** The transaction rolled back, for {@code reason}. */
  void rollback(RollbackReason reason);
}
