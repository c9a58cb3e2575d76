package io.pgorm.query.expr;

import io.pgorm.query.Select;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A typed SQL expression whose values are of Java type {@code T}: a column ({@link
 * io.pgorm.query.meta.ColumnMeta} is one), a bound value, an operator, a function call, a subquery.
 * Expressions are immutable data; building one runs nothing, and rendering it needs no connection.
 *
 * <p>The comparison methods take values of {@code T}, so comparing a {@code uuid} column with a
 * {@code String} does not compile. Every value becomes a bind parameter: no method here splices
 * text into SQL.
 *
 * @param <T> the Java type of the expression's values
 */
public interface Expr<T> {

  /** The Java type values of this expression are read as ({@code List<String>} for text[]). */
  Type javaType();

  /**
   * The SQL type when known ({@code uuid}, {@code text[]}, {@code shop.mood}), used to cast bound
   * values where the driver would send another type; {@code null} when unknown.
   */
  default @Nullable String sqlType() {
    return null;
  }

  /** {@code this = value}. A {@code null} value is refused: use {@link #isNull()}. */
  default Condition eq(T value) {
    return Ops.compare(this, " = ", value);
  }

  /** {@code this = other}. */
  default Condition eq(Expr<T> other) {
    return Ops.compare(this, " = ", other);
  }

  /** {@code this <> value}. */
  default Condition ne(T value) {
    return Ops.compare(this, " <> ", value);
  }

  /** {@code this <> other}. */
  default Condition ne(Expr<T> other) {
    return Ops.compare(this, " <> ", other);
  }

  /** {@code this < value}. */
  default Condition lt(T value) {
    return Ops.compare(this, " < ", value);
  }

  /** {@code this < other}. */
  default Condition lt(Expr<T> other) {
    return Ops.compare(this, " < ", other);
  }

  /** {@code this <= value}. */
  default Condition le(T value) {
    return Ops.compare(this, " <= ", value);
  }

  /** {@code this <= other}. */
  default Condition le(Expr<T> other) {
    return Ops.compare(this, " <= ", other);
  }

  /** {@code this > value}. */
  default Condition gt(T value) {
    return Ops.compare(this, " > ", value);
  }

  /** {@code this > other}. */
  default Condition gt(Expr<T> other) {
    return Ops.compare(this, " > ", other);
  }

  /** {@code this >= value}. */
  default Condition ge(T value) {
    return Ops.compare(this, " >= ", value);
  }

  /** {@code this >= other}. */
  default Condition ge(Expr<T> other) {
    return Ops.compare(this, " >= ", other);
  }

  /**
   * {@code this = ANY($n)}: the values travel as one array parameter, so every list length shares
   * one statement. An empty collection matches no row.
   */
  default Condition in(Collection<? extends T> values) {
    return Ops.anyOf(this, values, false);
  }

  /** {@code this = ANY (subquery)}, the same as {@code IN (subquery)}. */
  default Condition in(Select<T> subquery) {
    return Ops.subquery(this, " = ANY ", subquery);
  }

  /**
   * {@code this <> ALL($n)}: {@code NOT IN} with one array parameter. An empty collection matches
   * every row (as {@code x <> ALL('{}')} is true even for a NULL {@code x}).
   */
  default Condition notIn(Collection<? extends T> values) {
    return Ops.anyOf(this, values, true);
  }

  /** {@code this <> ALL (subquery)}, the same as {@code NOT IN (subquery)}. */
  default Condition notIn(Select<T> subquery) {
    return Ops.subquery(this, " <> ALL ", subquery);
  }

  /** {@code this BETWEEN low AND high} (both ends included). */
  default Condition between(T low, T high) {
    return Ops.pred(Shapes.BETWEEN, List.of(this, Ops.param(this, low), Ops.param(this, high)));
  }

  /** {@code this NOT BETWEEN low AND high}. */
  default Condition notBetween(T low, T high) {
    return Ops.pred(Shapes.NOT_BETWEEN, List.of(this, Ops.param(this, low), Ops.param(this, high)));
  }

  /** {@code this IS NULL}. */
  default Condition isNull() {
    return Ops.pred(Shapes.IS_NULL, List.of(this));
  }

  /** {@code this IS NOT NULL}. */
  default Condition isNotNull() {
    return Ops.pred(Shapes.IS_NOT_NULL, List.of(this));
  }

  /** {@code this IS DISTINCT FROM value}: like {@code <>}, but NULL is a value (null-safe). */
  default Condition isDistinctFrom(@Nullable T value) {
    return Ops.pred(Shapes.DISTINCT_FROM, List.of(this, Ops.paramOrNull(this, value)));
  }

  /** {@code this IS NOT DISTINCT FROM value}: like {@code =}, but NULL equals NULL. */
  default Condition isNotDistinctFrom(@Nullable T value) {
    return Ops.pred(Shapes.NOT_DISTINCT_FROM, List.of(this, Ops.paramOrNull(this, value)));
  }

  /** {@code this IS DISTINCT FROM other}. */
  default Condition isDistinctFrom(Expr<T> other) {
    return Ops.pred(Shapes.DISTINCT_FROM, List.of(this, other));
  }

  /** {@code this IS NOT DISTINCT FROM other}. */
  default Condition isNotDistinctFrom(Expr<T> other) {
    return Ops.pred(Shapes.NOT_DISTINCT_FROM, List.of(this, other));
  }

  /** {@code this LIKE pattern} (case-sensitive; {@code %} and {@code _} are wildcards). */
  default Condition like(String pattern) {
    return Ops.textMatch(this, " LIKE ", pattern);
  }

  /** {@code this NOT LIKE pattern}. */
  default Condition notLike(String pattern) {
    return Ops.textMatch(this, " NOT LIKE ", pattern);
  }

  /** {@code this ILIKE pattern} (case-insensitive). */
  default Condition ilike(String pattern) {
    return Ops.textMatch(this, " ILIKE ", pattern);
  }

  /** {@code this NOT ILIKE pattern}. */
  default Condition notIlike(String pattern) {
    return Ops.textMatch(this, " NOT ILIKE ", pattern);
  }

  /** {@code this ~ regex}: POSIX regular expression match, case-sensitive. */
  default Condition matches(String regex) {
    return Ops.textMatch(this, " ~ ", regex);
  }

  /** {@code this ~* regex}: POSIX regular expression match, case-insensitive. */
  default Condition matchesIgnoreCase(String regex) {
    return Ops.textMatch(this, " ~* ", regex);
  }

  /** {@code this !~ regex}. */
  default Condition notMatches(String regex) {
    return Ops.textMatch(this, " !~ ", regex);
  }

  /** Ascending order, nulls where PostgreSQL puts them by default (last). */
  default SortField asc() {
    return new SortField(this, false, SortField.Nulls.DEFAULT);
  }

  /** Descending order, nulls where PostgreSQL puts them by default (first). */
  default SortField desc() {
    return new SortField(this, true, SortField.Nulls.DEFAULT);
  }

  /** This expression under an output name: {@code expr AS "alias"}, for select lists. */
  default Aliased<T> as(String alias) {
    return new Aliased<>(this, Identifiers.check("alias", alias));
  }
}
