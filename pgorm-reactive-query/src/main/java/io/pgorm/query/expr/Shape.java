package io.pgorm.query.expr;

import java.util.List;

/**
 * The fixed SQL text around an operator's or function's arguments: {@code parts[0] arg0 parts[1]
 * arg1 ... parts[n]}. Shapes are made only by this package, from constants, so no caller's text
 * ever becomes SQL through one.
 */
public final class Shape {

  private final List<String> parts;
  private final boolean operator;

  private Shape(List<String> parts, boolean operator) {
    this.parts = List.copyOf(parts);
    this.operator = operator;
  }

  /** An operator: arguments that are themselves operators are parenthesized. */
  static Shape operator(String... parts) {
    return new Shape(List.of(parts), true);
  }

  /** A call-like shape whose own parentheses delimit the arguments. */
  static Shape call(String... parts) {
    return new Shape(List.of(parts), false);
  }

  /** {@code left op right}. */
  static Shape infix(String op) {
    return operator("", op, "");
  }

  /** The text pieces, one more than the arguments. */
  public List<String> parts() {
    return parts;
  }

  /** Whether arguments that are operators need parentheses. */
  public boolean isOperator() {
    return operator;
  }

  /** The number of arguments. */
  public int arity() {
    return parts.size() - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape s && s.operator == operator && s.parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return parts.hashCode() * 31 + (operator ? 1 : 0);
  }

  @Override
  public String toString() {
    return String.join("_", parts);
  }
}
