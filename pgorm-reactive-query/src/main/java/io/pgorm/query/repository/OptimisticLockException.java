package io.pgorm.query.repository;

import io.pgorm.error.PgOrmException;
import io.pgorm.query.meta.TableName;
import org.jspecify.annotations.Nullable;

/**
 * An update or delete with a version check found the row changed (or deleted) since it was read.
 */
public final class OptimisticLockException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final transient TableName table;
  private final transient Object id;
  private final transient @Nullable Object expected;
  private final transient @Nullable Object actual;

  /**
   * Names the row, the version it was read at and the version found ({@code null} when the row is
   * gone).
   */
  public OptimisticLockException(
      TableName table,
      String idColumn,
      Object id,
      @Nullable Object expected,
      @Nullable Object actual) {
    super(
        "Row of "
            + table
            + " with "
            + idColumn
            + " = "
            + id
            + (actual == null
                ? " was deleted by another transaction"
                : " was changed by another transaction: it was read at version "
                    + expected
                    + ", it is at version "
                    + actual
                    + " now")
            + ". Hint: read the row again and retry the change");
    this.table = table;
    this.id = id;
    this.expected = expected;
    this.actual = actual;
  }

  /** The table. */
  public TableName tableName() {
    return table;
  }

  /** The row's key. */
  public Object id() {
    return id;
  }

  /** The version the caller had. */
  public @Nullable Object expectedVersion() {
    return expected;
  }

  /** The version found, or {@code null} when the row no longer exists. */
  public @Nullable Object actualVersion() {
    return actual;
  }
}
