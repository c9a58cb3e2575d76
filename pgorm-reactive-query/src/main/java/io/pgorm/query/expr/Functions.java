package io.pgorm.query.expr;

import io.pgorm.query.meta.JavaTypes;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates, window functions and common scalar functions, typed. Aggregates return {@link Call}s
 * that take {@code .filter(condition)}, {@code .distinct()}, {@code .orderBy(...)} and {@code
 * .over(window)}.
 */
public final class Functions {

  private Functions() {}

  static <T> Call<T> call(String name, Type type, @Nullable String sqlType, Expr<?>... args) {
    return Call.of(FunctionName.builtIn(name), type, sqlType, Arrays.asList(args));
  }

  // ---- aggregates

  /** {@code count(*)}. */
  public static Call<Long> count() {
    return new Call<>(
        FunctionName.builtIn("count"),
        List.of(),
        true,
        false,
        List.of(),
        Condition.none(),
        null,
        Long.class,
        "bigint");
  }

  /** {@code count(expr)}: rows where {@code expr} is not null. */
  public static Call<Long> count(Expr<?> expr) {
    return call("count", Long.class, "bigint", expr);
  }

  /** {@code count(DISTINCT expr)}. */
  public static Call<Long> countDistinct(Expr<?> expr) {
    return count(expr).distinct();
  }

  /** {@code sum(expr)}, read as a {@code BigDecimal} whatever the numeric type. */
  public static Call<BigDecimal> sum(Expr<? extends Number> expr) {
    return call("sum", BigDecimal.class, "numeric", expr);
  }

  /** {@code avg(expr)}, as a {@code BigDecimal}. */
  public static Call<BigDecimal> avg(Expr<? extends Number> expr) {
    return call("avg", BigDecimal.class, "numeric", expr);
  }

  /** {@code min(expr)}. */
  public static <T> Call<T> min(Expr<T> expr) {
    return call("min", expr.javaType(), expr.sqlType(), expr);
  }

  /** {@code max(expr)}. */
  public static <T> Call<T> max(Expr<T> expr) {
    return call("max", expr.javaType(), expr.sqlType(), expr);
  }

  /** {@code array_agg(expr)}: the values as a list (order them with {@code .orderBy}). */
  public static <T> Call<List<T>> arrayAgg(Expr<T> expr) {
    return call(
        "array_agg", JavaTypes.parameterized(List.class, expr.javaType()), arrayOf(expr), expr);
  }

  /** {@code string_agg(expr, delimiter)}. */
  public static Call<String> stringAgg(Expr<String> expr, String delimiter) {
    return call("string_agg", String.class, "text", expr, Param.of(delimiter));
  }

  /** {@code bool_and(expr)}: whether every value is true. */
  public static Call<Boolean> boolAnd(Expr<Boolean> expr) {
    return call("bool_and", Boolean.class, "boolean", expr);
  }

  /** {@code bool_or(expr)}: whether some value is true. */
  public static Call<Boolean> boolOr(Expr<Boolean> expr) {
    return call("bool_or", Boolean.class, "boolean", expr);
  }

  /** {@code jsonb_agg(expr)}. */
  public static Call<com.fasterxml.jackson.databind.JsonNode> jsonbAgg(Expr<?> expr) {
    return call("jsonb_agg", com.fasterxml.jackson.databind.JsonNode.class, "jsonb", expr);
  }

  // ---- window functions (use .over(window))

  /** {@code row_number()}: 1, 2, 3... within the window's partition. */
  public static Call<Long> rowNumber() {
    return call("row_number", Long.class, "bigint");
  }

  /** {@code rank()}: with gaps after ties. */
  public static Call<Long> rank() {
    return call("rank", Long.class, "bigint");
  }

  /** {@code dense_rank()}: without gaps. */
  public static Call<Long> denseRank() {
    return call("dense_rank", Long.class, "bigint");
  }

  /** {@code lag(expr)}: the value of the previous row in the window. */
  public static <T> Call<T> lag(Expr<T> expr) {
    return call("lag", expr.javaType(), expr.sqlType(), expr);
  }

  /** {@code lead(expr)}: the value of the next row in the window. */
  public static <T> Call<T> lead(Expr<T> expr) {
    return call("lead", expr.javaType(), expr.sqlType(), expr);
  }

  /** {@code first_value(expr)}. */
  public static <T> Call<T> firstValue(Expr<T> expr) {
    return call("first_value", expr.javaType(), expr.sqlType(), expr);
  }

  /** {@code last_value(expr)}. */
  public static <T> Call<T> lastValue(Expr<T> expr) {
    return call("last_value", expr.javaType(), expr.sqlType(), expr);
  }

  /** {@code ntile(buckets)}. */
  public static Call<Integer> ntile(int buckets) {
    return call("ntile", Integer.class, "integer", Param.of(buckets));
  }

  // ---- scalar functions

  /** {@code coalesce(first, rest...)}: the first non-null value. */
  @SafeVarargs
  public static <T> Expr<T> coalesce(Expr<T> first, Expr<T>... rest) {
    List<Expr<?>> args = new ArrayList<>();
    args.add(first);
    for (Expr<T> e : rest) {
      args.add(e);
    }
    return Call.of(FunctionName.builtIn("coalesce"), first.javaType(), first.sqlType(), args);
  }

  /** {@code coalesce(expr, fallback)}. */
  public static <T> Expr<T> coalesce(Expr<T> expr, T fallback) {
    return call("coalesce", expr.javaType(), expr.sqlType(), expr, Param.like(expr, fallback));
  }

  /** {@code nullif(expr, value)}: NULL where {@code expr} equals {@code value}. */
  public static <T> Expr<T> nullif(Expr<T> expr, T value) {
    return call("nullif", expr.javaType(), expr.sqlType(), expr, Param.like(expr, value));
  }

  /** {@code greatest(a, b)}. */
  public static <T> Expr<T> greatest(Expr<T> a, Expr<T> b) {
    return call("greatest", a.javaType(), a.sqlType(), a, b);
  }

  /** {@code least(a, b)}. */
  public static <T> Expr<T> least(Expr<T> a, Expr<T> b) {
    return call("least", a.javaType(), a.sqlType(), a, b);
  }

  /** {@code lower(s)}. */
  public static Expr<String> lower(Expr<String> s) {
    return call("lower", String.class, "text", s);
  }

  /** {@code upper(s)}. */
  public static Expr<String> upper(Expr<String> s) {
    return call("upper", String.class, "text", s);
  }

  /** {@code length(s)}: characters. */
  public static Expr<Integer> length(Expr<String> s) {
    return call("length", Integer.class, "integer", s);
  }

  /** {@code btrim(s)}: without leading and trailing spaces. */
  public static Expr<String> trim(Expr<String> s) {
    return call("btrim", String.class, "text", s);
  }

  /** {@code substr(s, from, count)} (1-based). */
  public static Expr<String> substring(Expr<String> s, int from, int count) {
    return call("substr", String.class, "text", s, Param.of(from), Param.of(count));
  }

  /** {@code replace(s, from, to)}. */
  public static Expr<String> replace(Expr<String> s, String from, String to) {
    return call("replace", String.class, "text", s, Param.of(from), Param.of(to));
  }

  /** {@code a || b} for text. */
  public static Expr<String> concat(Expr<String> a, Expr<String> b) {
    return new Op<>(Shape.infix(" || "), List.of(a, b), String.class, "text");
  }

  /** {@code a || $n} for text. */
  public static Expr<String> concat(Expr<String> a, String b) {
    return concat(a, Param.of(b));
  }

  /** {@code now()}: the transaction's start time. */
  public static Expr<OffsetDateTime> now() {
    return call("now", OffsetDateTime.class, "timestamptz");
  }

  /** {@code current_date}. */
  public static Expr<LocalDate> currentDate() {
    return new Op<>(Shape.call("current_date"), List.of(), LocalDate.class, "date");
  }

  /** {@code abs(x)}. */
  public static <T extends Number> Expr<T> abs(Expr<T> x) {
    return call("abs", x.javaType(), x.sqlType(), x);
  }

  /** {@code round(x, digits)} for numeric. */
  public static Expr<BigDecimal> round(Expr<BigDecimal> x, int digits) {
    return call("round", BigDecimal.class, "numeric", x, Param.of(digits));
  }

  /** {@code a + b}. */
  public static <T extends Number> Expr<T> add(Expr<T> a, Expr<T> b) {
    return arithmetic(" + ", a, b);
  }

  /** {@code a + value}. */
  public static <T extends Number> Expr<T> add(Expr<T> a, T value) {
    return arithmetic(" + ", a, Param.like(a, value));
  }

  /** {@code a - b}. */
  public static <T extends Number> Expr<T> subtract(Expr<T> a, Expr<T> b) {
    return arithmetic(" - ", a, b);
  }

  /** {@code a - value}. */
  public static <T extends Number> Expr<T> subtract(Expr<T> a, T value) {
    return arithmetic(" - ", a, Param.like(a, value));
  }

  /** {@code a * b}. */
  public static <T extends Number> Expr<T> multiply(Expr<T> a, Expr<T> b) {
    return arithmetic(" * ", a, b);
  }

  /** {@code a / b} (integer division for integer types). */
  public static <T extends Number> Expr<T> divide(Expr<T> a, Expr<T> b) {
    return arithmetic(" / ", a, b);
  }

  private static <T> Expr<T> arithmetic(String op, Expr<T> a, Expr<?> b) {
    return new Op<>(Shape.infix(op), List.of(a, b), a.javaType(), a.sqlType());
  }

  static @Nullable String arrayOf(Expr<?> e) {
    String t = e.sqlType();
    return t == null ? null : t + "[]";
  }
}
