package io.pgorm.schema.ir;

import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One key of an index: a column or an expression (exactly one is set), with collation, operator
 * class (and its parameters, e.g. {@code siglen=32}), sort and nulls order.
 */
public record IndexElement(
    @Nullable String column,
    @Nullable String expression,
    @Nullable String collation,
    @Nullable String opclass,
    Map<String, String> opclassParameters,
    SortOrder order,
    NullsOrder nulls) {

  public IndexElement {
    if ((column == null) == (expression == null)) {
      throw new IllegalArgumentException(
          "an index element is a column or an expression, not both or neither");
    }
    opclassParameters = Map.copyOf(opclassParameters);
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(nulls, "nulls");
  }

  /** A plain ascending column key. */
  public static IndexElement column(String name) {
    return new IndexElement(name, null, null, null, Map.of(), SortOrder.ASC, NullsOrder.DEFAULT);
  }
}
