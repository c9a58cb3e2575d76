package io.pgorm.query;

import io.pgorm.RowMapper;

/**
 * A statement that yields rows, each mapped to a {@code T}: a SELECT, or an INSERT, UPDATE or
 * DELETE with RETURNING.
 *
 * @param <T> what each row maps to
 */
public interface Fetchable<T> extends Statement {

  /** How a row of the result becomes a {@code T}. Built once per query, not per row. */
  RowMapper<T> mapper();
}
