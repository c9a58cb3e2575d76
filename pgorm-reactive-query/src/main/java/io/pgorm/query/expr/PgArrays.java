package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.List;

/** Array operators and functions, typed by the element type {@code E}. */
public final class PgArrays {

  private PgArrays() {}

  private static <E> Param<List<E>> array(Expr<List<E>> like, List<E> values) {
    return Param.like(like, values);
  }

  /** {@code array @> values}: whether the array has every one of the values. */
  public static <E> Condition contains(Expr<List<E>> array, List<E> values) {
    return new Pred(Shape.infix(" @> "), List.of(array, array(array, values)));
  }

  /** {@code array <@ values}: whether every element is one of the values. */
  public static <E> Condition containedBy(Expr<List<E>> array, List<E> values) {
    return new Pred(Shape.infix(" <@ "), List.of(array, array(array, values)));
  }

  /** {@code array && values}: whether they have an element in common. */
  public static <E> Condition overlaps(Expr<List<E>> array, List<E> values) {
    return new Pred(Shape.infix(" && "), List.of(array, array(array, values)));
  }

  /** {@code $n = ANY(array)}: whether the array has the value. */
  public static <E> Condition has(Expr<List<E>> array, E value) {
    Param<E> v = Param.like(elementOf(array), value);
    return new Pred(Shapes.EQ_ANY, List.of(v, array));
  }

  /** {@code $n <> ALL(array)}: whether no element equals the value. */
  public static <E> Condition hasNot(Expr<List<E>> array, E value) {
    Param<E> v = Param.like(elementOf(array), value);
    return new Pred(Shapes.NE_ALL, List.of(v, array));
  }

  /** {@code cardinality(array)}: the number of elements (0 for an empty array). */
  public static Expr<Integer> length(Expr<? extends List<?>> array) {
    return Functions.call("cardinality", Integer.class, "integer", array);
  }

  /** {@code array_append(array, value)}. */
  public static <E> Expr<List<E>> append(Expr<List<E>> array, E value) {
    return Functions.call(
        "array_append",
        array.javaType(),
        array.sqlType(),
        array,
        Param.like(elementOf(array), value));
  }

  /** {@code array_remove(array, value)}. */
  public static <E> Expr<List<E>> remove(Expr<List<E>> array, E value) {
    return Functions.call(
        "array_remove",
        array.javaType(),
        array.sqlType(),
        array,
        Param.like(elementOf(array), value));
  }

  /** {@code unnest(array)} in a select list: one row per element. */
  public static <E> Call<E> unnest(Expr<List<E>> array) {
    Expr<E> e = elementOf(array);
    return Functions.call("unnest", e.javaType(), e.sqlType(), array);
  }

  /** A typed stand-in for one element of {@code array}, to type parameters. */
  private static <E> Expr<E> elementOf(Expr<List<E>> array) {
    Type element = Values.elementClass(array.javaType());
    String t = array.sqlType();
    String elementType = t == null ? null : SqlType.parse(t).element().toString();
    return new ColumnRef<>("e", "e", element, elementType);
  }
}
