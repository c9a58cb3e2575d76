package io.pgorm.query.expr;

import io.pgorm.query.meta.ColumnMeta;

/** The name a select-list item gets in the output. */
final class OutputNames {

  private OutputNames() {}

  static String of(Expr<?> item) {
    if (item instanceof Aliased<?> a) {
      return a.alias();
    }
    if (item instanceof ColumnMeta<?, ?> c) {
      return c.name();
    }
    if (item instanceof ColumnRef<?> c) {
      return c.column();
    }
    throw new IllegalArgumentException(
        "cannot tell the output name of " + item + ". Hint: give it one with as(\"name\")");
  }
}
