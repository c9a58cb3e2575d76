package io.pgorm.query.internal;

import io.pgorm.query.Dsl;
import io.pgorm.query.expr.Expr;

/** Parameters the builder makes itself. */
final class Params {

  private Params() {}

  /** A LIMIT or OFFSET: a non-negative bigint parameter. */
  static Expr<Long> count(String what, long n) {
    if (n < 0) {
      throw new IllegalArgumentException(what + " " + n + " is negative");
    }
    return Dsl.val(n);
  }
}
