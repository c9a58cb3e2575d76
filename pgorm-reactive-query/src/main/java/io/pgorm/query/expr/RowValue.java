package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.List;

/**
 * A row constructor {@code (a, b, ...)}, for row comparisons such as keyset pagination's {@code
 * (created_at, id) > ($1, $2)}.
 *
 * @param items the fields
 */
public record RowValue(List<Expr<?>> items) implements Expr<List<Object>> {

  /** Copies the list; a row has at least one field. */
  public RowValue {
    items = List.copyOf(items);
    if (items.isEmpty()) {
      throw new IllegalArgumentException("a row value needs at least one field");
    }
  }

  @Override
  public Type javaType() {
    return List.class;
  }
}
