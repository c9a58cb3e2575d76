package io.pgorm.query.expr;

import io.pgorm.query.Select;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A boolean expression for WHERE, HAVING, ON and FILTER. Conditions combine with {@link #and},
 * {@link #or} and {@link #not}; {@link #none()} stands for "no condition" and drops out of every
 * combination, which is how optional filters are built without string building:
 *
 * <pre>{@code
 * Condition filter = Condition.all(
 *     Condition.ifPresent(email, AccountTable.EMAIL::eq),     // skipped when email is null
 *     Condition.when(onlyAdmins, () -> AccountTable.ROLE.eq(Role.ADMIN)));
 * }</pre>
 */
public interface Condition extends Expr<Boolean> {

  @Override
  default Type javaType() {
    return Boolean.class;
  }

  @Override
  default @Nullable String sqlType() {
    return "boolean";
  }

  /** {@code this AND other}; {@link #none()} on either side drops out. */
  default Condition and(Condition other) {
    return all(this, other);
  }

  /** {@code this OR other}; {@link #none()} on either side drops out. */
  default Condition or(Condition other) {
    return any(this, other);
  }

  /** {@code NOT this}; the negation of {@link #none()} is {@link #none()}. */
  default Condition not() {
    return this instanceof Junction j && j.conditions().isEmpty() ? this : new Not(this);
  }

  /** Whether this is {@link #none()}. */
  default boolean isNone() {
    return this instanceof Junction j && j.conditions().isEmpty();
  }

  /** No condition: dropped from {@code and}/{@code or}; a WHERE of it is left out. */
  static Condition none() {
    return Junction.NONE;
  }

  /** {@code TRUE}. */
  static Condition alwaysTrue() {
    return new Pred(Shapes.TRUE, List.of());
  }

  /** {@code FALSE}: matches no row. */
  static Condition alwaysFalse() {
    return new Pred(Shapes.FALSE, List.of());
  }

  /** A boolean expression (a boolean column, a function returning boolean) as a condition. */
  static Condition of(Expr<Boolean> expr) {
    return expr instanceof Condition c ? c : new Pred(Shapes.IDENTITY, List.of(expr));
  }

  /** Every condition holds ({@code AND}); {@link #none()} entries drop out. */
  static Condition all(Condition... conditions) {
    return Junction.of(true, Arrays.asList(conditions));
  }

  /** Every condition holds ({@code AND}); {@link #none()} entries drop out. */
  static Condition all(Collection<? extends Condition> conditions) {
    return Junction.of(true, new ArrayList<>(conditions));
  }

  /** At least one holds ({@code OR}); {@link #none()} entries drop out. */
  static Condition any(Condition... conditions) {
    return Junction.of(false, Arrays.asList(conditions));
  }

  /** At least one holds ({@code OR}); {@link #none()} entries drop out. */
  static Condition any(Collection<? extends Condition> conditions) {
    return Junction.of(false, new ArrayList<>(conditions));
  }

  /**
   * {@code left = ANY($n)} for values only known at run time to fit {@code left}; typed code uses
   * {@link Expr#in(Collection)}.
   */
  static Condition anyOf(Expr<?> left, Collection<?> values) {
    return Ops.anyOfUnchecked(left, values);
  }

  /**
   * {@code (a, b) = ANY (SELECT k.c1, k.c2 FROM unnest($1::t1[], $2::t2[]) AS k(c1, c2))}: whether
   * the row of {@code fields} is one of {@code rows} (each a list of values in field order). One
   * array parameter per field, so one statement shape serves every number of rows; the multi-column
   * form of {@link Expr#in(Collection)}, used for composite keys. No rows match none.
   *
   * @throws IllegalArgumentException when {@code fields} is empty or a row has another length
   */
  static Condition rowIn(List<? extends Expr<?>> fields, Collection<? extends List<?>> rows) {
    return Ops.rowIn(fields, rows);
  }

  /** {@code NOT condition}. */
  static Condition not(Condition condition) {
    return condition.not();
  }

  /** {@code EXISTS (subquery)}. */
  static Condition exists(Select<?> subquery) {
    return new Pred(Shapes.EXISTS, List.of(new Subquery<>(subquery.node(), Object.class)));
  }

  /** {@code NOT EXISTS (subquery)}. */
  static Condition notExists(Select<?> subquery) {
    return new Pred(Shapes.NOT_EXISTS, List.of(new Subquery<>(subquery.node(), Object.class)));
  }

  /** {@code filter.apply(value)} when {@code value} is not null, else {@link #none()}. */
  static <V> Condition ifPresent(
      @Nullable V value, Function<? super V, ? extends Condition> filter) {
    return value == null ? none() : filter.apply(value);
  }

  /** {@code filter.apply(value)} when present, else {@link #none()}. */
  static <V> Condition ifPresent(
      Optional<V> value, Function<? super V, ? extends Condition> filter) {
    return value.isEmpty() ? none() : filter.apply(value.get());
  }

  /** {@code filter.get()} when {@code test} holds, else {@link #none()}. */
  static Condition when(boolean test, Supplier<? extends Condition> filter) {
    return test ? filter.get() : none();
  }
}
