package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The comparison operators, for code that builds conditions from data (keyset pagination, generic
 * filters) where the operand types are only known at run time. Typed code uses {@link Expr#eq} and
 * friends instead.
 */
public enum Comparison {
  EQ(" = "),
  NE(" <> "),
  LT(" < "),
  LE(" <= "),
  GT(" > "),
  GE(" >= ");

  private final Shape shape;

  Comparison(String op) {
    this.shape = Shape.infix(op);
  }

  /** {@code left op $n}, the value converted and cast as {@code left}'s type needs. */
  public Condition apply(Expr<?> left, @Nullable Object value) {
    return new Pred(shape, List.of(left, Ops.param(left, value, name())));
  }

  /** {@code left op right}. */
  public Condition apply(Expr<?> left, Expr<?> right) {
    return new Pred(shape, List.of(left, Objects.requireNonNull(right, "right")));
  }
}
