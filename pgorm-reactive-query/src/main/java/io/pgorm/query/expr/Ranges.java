package io.pgorm.query.expr;

import io.pgorm.types.PgRange;
import java.util.List;

/** Range operators and functions ({@code int4range}, {@code tstzrange}, ...), typed. */
public final class Ranges {

  private Ranges() {}

  /** {@code range @> value}: whether the range contains the value. */
  public static <T extends Comparable<? super T>> Condition contains(
      Expr<PgRange<T>> range, T value) {
    return new Pred(Shape.infix(" @> "), List.of(range, Param.of(value)));
  }

  /** {@code range @> other}: whether the range contains the other range. */
  public static <T extends Comparable<? super T>> Condition containsRange(
      Expr<PgRange<T>> range, PgRange<T> other) {
    return new Pred(Shape.infix(" @> "), List.of(range, Param.like(range, other)));
  }

  /** {@code range && other}: whether they overlap. */
  public static <T extends Comparable<? super T>> Condition overlaps(
      Expr<PgRange<T>> range, PgRange<T> other) {
    return new Pred(Shape.infix(" && "), List.of(range, Param.like(range, other)));
  }

  /** {@code range -|- other}: whether they are adjacent. */
  public static <T extends Comparable<? super T>> Condition adjacent(
      Expr<PgRange<T>> range, PgRange<T> other) {
    return new Pred(Shape.infix(" -|- "), List.of(range, Param.like(range, other)));
  }

  /** {@code lower(range)}: the lower bound, NULL when unbounded or empty. */
  public static <T extends Comparable<? super T>> Expr<T> lower(
      Expr<PgRange<T>> range, Class<T> type) {
    return Functions.call("lower", type, null, range);
  }

  /** {@code upper(range)}: the upper bound, NULL when unbounded or empty. */
  public static <T extends Comparable<? super T>> Expr<T> upper(
      Expr<PgRange<T>> range, Class<T> type) {
    return Functions.call("upper", type, null, range);
  }

  /** {@code isempty(range)}. */
  public static Condition isEmpty(Expr<? extends PgRange<?>> range) {
    return Condition.of(Functions.call("isempty", Boolean.class, "boolean", range));
  }
}
