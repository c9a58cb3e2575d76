package io.pgorm.query.expr;

import java.util.List;

/** SQL keywords that stand where a value goes. */
public final class Keywords {

  private static final Shape DEFAULT = Shape.call("DEFAULT");

  private Keywords() {}

  /** {@code DEFAULT}: the column's default, in INSERT VALUES and UPDATE SET. */
  public static <T> Expr<T> defaultValue() {
    return new Op<>(DEFAULT, List.of(), Object.class, null);
  }
}
