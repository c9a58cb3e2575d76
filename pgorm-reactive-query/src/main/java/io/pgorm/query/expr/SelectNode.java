package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A SELECT statement.
 *
 * @param with its common table expressions
 * @param recursive whether WITH is RECURSIVE
 * @param distinct whether it is SELECT DISTINCT
 * @param distinctOn the DISTINCT ON expressions (empty for none)
 * @param items the select list
 * @param from the FROM items
 * @param joins the joins after the FROM items
 * @param where the WHERE condition ({@link Condition#none()} for none)
 * @param groupBy the GROUP BY expressions
 * @param having the HAVING condition ({@link Condition#none()} for none)
 * @param orderBy the ORDER BY items
 * @param limit the LIMIT, or {@code null}
 * @param offset the OFFSET, or {@code null}
 * @param locks the locking clauses
 */
public record SelectNode(
    List<Cte> with,
    boolean recursive,
    boolean distinct,
    List<Expr<?>> distinctOn,
    List<Expr<?>> items,
    List<FromItem> from,
    List<Join> joins,
    Condition where,
    List<Expr<?>> groupBy,
    Condition having,
    List<SortField> orderBy,
    @Nullable Expr<?> limit,
    @Nullable Expr<?> offset,
    List<Lock> locks)
    implements QueryNode {

  /** Copies the lists. */
  public SelectNode {
    with = List.copyOf(with);
    distinctOn = List.copyOf(distinctOn);
    items = List.copyOf(items);
    from = List.copyOf(from);
    joins = List.copyOf(joins);
    Objects.requireNonNull(where, "where");
    groupBy = List.copyOf(groupBy);
    Objects.requireNonNull(having, "having");
    orderBy = List.copyOf(orderBy);
    locks = List.copyOf(locks);
  }

  /** A SELECT of {@code items} and nothing else. */
  public static SelectNode of(List<Expr<?>> items) {
    return new SelectNode(
        List.of(),
        false,
        false,
        List.of(),
        items,
        List.of(),
        List.of(),
        Condition.none(),
        List.of(),
        Condition.none(),
        List.of(),
        null,
        null,
        List.of());
  }
}
