package io.pgorm.query.expr;

import java.util.Objects;

/**
 * An ORDER BY item: {@code expr [ASC|DESC] [NULLS FIRST|LAST]}.
 *
 * @param expr what to sort by
 * @param descending whether the order is descending
 * @param nulls where NULLs go
 */
public record SortField(Expr<?> expr, boolean descending, Nulls nulls) {

  /** Where NULLs sort. */
  public enum Nulls {
    /** PostgreSQL's default: last when ascending, first when descending. */
    DEFAULT,
    /** {@code NULLS FIRST}. */
    FIRST,
    /** {@code NULLS LAST}. */
    LAST
  }

  /** Checks for null. */
  public SortField {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(nulls, "nulls");
  }

  /** The same with {@code NULLS FIRST}. */
  public SortField nullsFirst() {
    return new SortField(expr, descending, Nulls.FIRST);
  }

  /** The same with {@code NULLS LAST}. */
  public SortField nullsLast() {
    return new SortField(expr, descending, Nulls.LAST);
  }
}
