package io.pgorm.query.expr;

import io.pgorm.query.Select;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Builds the nodes behind {@link Expr}'s methods. */
final class Ops {

  private Ops() {}

  static Condition pred(Shape shape, List<Expr<?>> args) {
    return new Pred(shape, args);
  }

  static <T> Op<T> op(Shape shape, List<Expr<?>> args, Type javaType, @Nullable String sqlType) {
    return new Op<>(shape, args, javaType, sqlType);
  }

  static <T> Condition compare(Expr<T> left, String op, T value) {
    return pred(Shape.infix(op), List.of(left, param(left, value, op.strip())));
  }

  static <T> Condition compare(Expr<T> left, String op, Expr<T> right) {
    return pred(Shape.infix(op), List.of(left, Objects.requireNonNull(right, "right operand")));
  }

  /** A parameter typed like {@code target}; a null value is refused with a message naming it. */
  static <T> Param<T> param(Expr<?> target, @Nullable Object value, String operation) {
    if (value == null) {
      throw new NullPointerException(
          "the value compared by "
              + operation
              + " with "
              + io.pgorm.query.render.Renderer.sqlOf(target)
              + " is null. Hint: use isNull(), isNotNull() or isNotDistinctFrom(null)");
    }
    return paramOrNull(target, value);
  }

  static <T> Param<T> param(Expr<?> target, @Nullable Object value) {
    return param(target, value, "a comparison");
  }

  /** A parameter typed like {@code target}, which may be NULL. */
  static <T> Param<T> paramOrNull(Expr<?> target, @Nullable Object value) {
    SqlType type = typeOf(target);
    SqlType cast = type == null ? null : type.castForBinding();
    return new Param<>(Values.toBind(value, type, target.javaType()), cast, target.javaType());
  }

  /** The SQL type of an expression, if it knows one. */
  static @Nullable SqlType typeOf(Expr<?> e) {
    String t = e.sqlType();
    return t == null ? null : SqlType.parse(t);
  }

  static <T> Condition anyOf(Expr<T> left, Collection<? extends T> values, boolean negated) {
    Objects.requireNonNull(values, "values");
    if (!negated) {
      return anyOfUnchecked(left, values);
    }
    SqlType type = typeOf(left);
    SqlType array = type == null ? null : type.withoutModifiers().arrayOf();
    Object bound = Values.toArray(values, Values.rawClass(left.javaType()));
    Param<Object> p = new Param<>(bound, array, left.javaType());
    return pred(negated ? Shapes.NE_ALL : Shapes.EQ_ANY, List.of(left, p));
  }

  static Condition anyOfUnchecked(Expr<?> left, Collection<?> values) {
    SqlType type = typeOf(left);
    SqlType array = type == null ? null : type.withoutModifiers().arrayOf();
    Object bound = Values.toArray(values, Values.rawClass(left.javaType()));
    return pred(Shapes.EQ_ANY, List.of(left, new Param<>(bound, array, left.javaType())));
  }

  static Condition subquery(Expr<?> left, String op, Select<?> sub) {
    return pred(
        Shape.operator("", op, ""), List.of(left, new Subquery<>(sub.node(), left.javaType())));
  }

  static Condition textMatch(Expr<?> left, String op, String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    return pred(Shape.infix(op), List.of(left, new Param<>(pattern, null, String.class)));
  }
}
