package io.pgorm.query.expr;

import io.r2dbc.postgresql.codec.Interval;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** Date and time functions and arithmetic. Field names come from enums, never from text. */
public final class Dates {

  private Dates() {}

  /** Units of {@code date_trunc} and fields of {@code extract}. */
  public enum Unit {
    MICROSECONDS,
    MILLISECONDS,
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY,
    MILLENNIUM,
    /** Only for {@code extract}: seconds since 1970-01-01 00:00 UTC. */
    EPOCH,
    /** Only for {@code extract}: day of the week, Sunday 0. */
    DOW,
    /** Only for {@code extract}: day of the year. */
    DOY,
    /** Only for {@code extract}: ISO day of the week, Monday 1. */
    ISODOW;

    private final Shape trunc = Shape.call("date_trunc('" + sql() + "', ", ")");
    private final Shape extract = Shape.call("extract(" + sql() + " FROM ", ")");

    private String sql() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** {@code date_trunc('unit', value)}: the value truncated to the unit (same type). */
  public static <T> Expr<T> dateTrunc(Unit unit, Expr<T> value) {
    return new Op<>(unit.trunc, List.of(value), value.javaType(), value.sqlType());
  }

  /** {@code extract(field FROM value)}, as a number. */
  public static Expr<BigDecimal> extract(Unit field, Expr<?> value) {
    return new Op<>(field.extract, List.of(value), BigDecimal.class, "numeric");
  }

  /** {@code value + interval}. */
  public static <T> Expr<T> plus(Expr<T> value, Interval interval) {
    return new Op<>(
        Shape.infix(" + "),
        List.of(value, new Param<>(interval, new SqlType(null, "interval", 0), Interval.class)),
        value.javaType(),
        value.sqlType());
  }

  /** {@code value - interval}. */
  public static <T> Expr<T> minus(Expr<T> value, Interval interval) {
    return new Op<>(
        Shape.infix(" - "),
        List.of(value, new Param<>(interval, new SqlType(null, "interval", 0), Interval.class)),
        value.javaType(),
        value.sqlType());
  }

  /** {@code age(a, b)}: the interval between two timestamps. */
  public static Expr<Interval> age(Expr<?> a, Expr<?> b) {
    return Functions.call("age", Interval.class, "interval", a, b);
  }
}
