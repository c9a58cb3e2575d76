package io.pgorm.query.expr;

import io.pgorm.query.meta.ColumnMeta;
import java.util.Objects;

/**
 * {@code "column" = value} in UPDATE SET and ON CONFLICT DO UPDATE SET.
 *
 * @param column the column set
 * @param value its new value
 */
public record Assignment(ColumnMeta<?, ?> column, Expr<?> value) {

  /** Checks for null. */
  public Assignment {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(value, "value");
  }
}
