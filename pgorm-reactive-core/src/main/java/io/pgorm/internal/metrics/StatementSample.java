package io.pgorm.internal.metrics;

/**
 * One statement execution being timed. Only the first call to any of its methods counts; later ones
 * are ignored, so a completion racing a cancellation is recorded once. Thread-safe.
 */
public interface StatementSample {

  /**
   * The statement completed.
   *
   * @param rows rows returned or affected, or a negative number when unknown; shown in the
   *     slow-statement log only
   */
  void success(long rows);

  /**
   * The statement failed. The {@code sqlstate.class} tag comes from the first SQLSTATE along the
   * cause chain ({@link io.pgorm.error.PgOrmException#sqlState()} or the driver's {@code
   * R2dbcException#getSqlState()}), or is {@code client} when there is none.
   */
  void error(Throwable error);

  /** The subscriber cancelled before the statement completed (e.g. it took only the first row). */
  void cancel();
}
