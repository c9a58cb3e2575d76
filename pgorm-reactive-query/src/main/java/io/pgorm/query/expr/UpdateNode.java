package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;

/**
 * An UPDATE statement.
 *
 * @param with common table expressions
 * @param recursive whether WITH is RECURSIVE
 * @param table the target table
 * @param set the assignments
 * @param from the FROM items (other tables to join)
 * @param joins joins after the FROM items
 * @param where the WHERE condition ({@link Condition#none()} updates every row)
 * @param returning the RETURNING list
 */
public record UpdateNode(
    List<Cte> with,
    boolean recursive,
    TableRef<?> table,
    List<Assignment> set,
    List<FromItem> from,
    List<Join> joins,
    Condition where,
    List<Expr<?>> returning)
    implements StatementNode {

  /** Checks for null and copies the lists. */
  public UpdateNode {
    with = List.copyOf(with);
    Objects.requireNonNull(table, "table");
    set = List.copyOf(set);
    from = List.copyOf(from);
    joins = List.copyOf(joins);
    Objects.requireNonNull(where, "where");
    returning = List.copyOf(returning);
  }
}
