package io.pgorm.query;

import io.pgorm.error.PgOrmException;

/** A query expected to return at most one row returned more. */
public final class TooManyRowsException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /** Names the query. */
  public TooManyRowsException(String sql) {
    super(
        "Expected at most one row, got more, from: "
            + sql
            + ". Hint: add a condition on a unique key, or use fetchFirst()/limit(1)");
  }
}
