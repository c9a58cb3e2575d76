package io.pgorm.query.expr;

/** The shapes of the built-in predicates. */
final class Shapes {

  private Shapes() {}

  static final Shape IDENTITY = Shape.call("", "");
  static final Shape BETWEEN = Shape.operator("", " BETWEEN ", " AND ", "");
  static final Shape NOT_BETWEEN = Shape.operator("", " NOT BETWEEN ", " AND ", "");
  static final Shape IS_NULL = Shape.operator("", " IS NULL");
  static final Shape IS_NOT_NULL = Shape.operator("", " IS NOT NULL");
  static final Shape DISTINCT_FROM = Shape.infix(" IS DISTINCT FROM ");
  static final Shape NOT_DISTINCT_FROM = Shape.infix(" IS NOT DISTINCT FROM ");
  static final Shape EQ_ANY = Shape.operator("", " = ANY(", ")");
  static final Shape NE_ALL = Shape.operator("", " <> ALL(", ")");
  static final Shape EXISTS = Shape.operator("EXISTS ", "");
  static final Shape NOT_EXISTS = Shape.operator("NOT EXISTS ", "");
  static final Shape TRUE = Shape.call("TRUE");
  static final Shape FALSE = Shape.call("FALSE");
}
