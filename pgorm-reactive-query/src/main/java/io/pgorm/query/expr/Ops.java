package io.pgorm.query.expr;

import io.pgorm.query.Select;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
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

  /** A parsed SQL type with the casts a parameter of it needs, worked out once per type name. */
  private record TypeInfo(SqlType type, @Nullable SqlType cast, SqlType array) {}

  private static final Map<String, TypeInfo> TYPES = new ConcurrentHashMap<>();

  private static @Nullable TypeInfo info(Expr<?> e) {
    String t = e.sqlType();
    if (t == null) {
      return null;
    }
    TypeInfo info = TYPES.get(t);
    if (info == null) {
      SqlType type = SqlType.parse(t);
      info = new TypeInfo(type, type.castForBinding(), type.withoutModifiers().arrayOf());
      if (TYPES.size() < 10_000) {
        TYPES.put(t, info);
      }
    }
    return info;
  }

  /** A parameter typed like {@code target}, which may be NULL. */
  static <T> Param<T> paramOrNull(Expr<?> target, @Nullable Object value) {
    TypeInfo info = info(target);
    SqlType type = info == null ? null : info.type();
    SqlType cast = info == null ? null : info.cast();
    return new Param<>(Values.toBind(value, type, target.javaType()), cast, target.javaType());
  }

  /** The SQL type of an expression, if it knows one. */
  static @Nullable SqlType typeOf(Expr<?> e) {
    TypeInfo info = info(e);
    return info == null ? null : info.type();
  }

  /** The array of an expression's type, without modifiers, for {@code = ANY($n)}. */
  static @Nullable SqlType arrayTypeOf(Expr<?> e) {
    TypeInfo info = info(e);
    return info == null ? null : info.array();
  }

  static <T> Condition anyOf(Expr<T> left, Collection<? extends T> values, boolean negated) {
    Objects.requireNonNull(values, "values");
    if (!negated) {
      return anyOfUnchecked(left, values);
    }
    SqlType array = arrayTypeOf(left);
    Object bound = Values.toArray(values, Values.rawClass(left.javaType()));
    Param<Object> p = new Param<>(bound, array, left.javaType());
    return pred(negated ? Shapes.NE_ALL : Shapes.EQ_ANY, List.of(left, p));
  }

  static Condition anyOfUnchecked(Expr<?> left, Collection<?> values) {
    SqlType array = arrayTypeOf(left);
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

  /**
   * {@code (a, b) = ANY (SELECT k.c1, k.c2 FROM unnest($1::t1[], $2::t2[]) AS k(c1, c2))}: one
   * array parameter per field, so that one statement shape serves every number of rows.
   */
  static Condition rowIn(List<? extends Expr<?>> fields, Collection<? extends List<?>> rows) {
    Objects.requireNonNull(rows, "rows");
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("a row IN needs at least one field");
    }
    List<Expr<?>> arrays = new java.util.ArrayList<>(fields.size());
    List<Expr<?>> items = new java.util.ArrayList<>(fields.size());
    List<String> names = new java.util.ArrayList<>(fields.size());
    for (int k = 0; k < fields.size(); k++) {
      Expr<?> field = fields.get(k);
      List<@Nullable Object> column = new java.util.ArrayList<>(rows.size());
      for (List<?> row : rows) {
        if (row.size() != fields.size()) {
          throw new IllegalArgumentException(
              "row " + row + " has " + row.size() + " values for " + fields.size() + " fields");
        }
        column.add(row.get(k));
      }
      Object bound = Values.toArray(column, Values.rawClass(field.javaType()));
      arrays.add(new Param<>(bound, arrayTypeOf(field), field.javaType()));
      String name = "c" + (k + 1);
      names.add(name);
      items.add(new ColumnRef<>("k", name, field.javaType(), field.sqlType()));
    }
    Call<Object> unnest = Call.of(FunctionName.builtIn("unnest"), Object.class, null, arrays);
    SelectNode sub =
        new SelectNode(
            List.of(),
            false,
            false,
            List.of(),
            items,
            List.of(new FunctionTable(unnest, "k", names, false, false)),
            List.of(),
            Condition.none(),
            List.of(),
            Condition.none(),
            List.of(),
            null,
            null,
            List.of());
    return pred(
        Shape.operator("", " = ANY ", ""),
        List.of(new RowValue(List.copyOf(fields)), new Subquery<>(sub, List.class)));
  }
}
