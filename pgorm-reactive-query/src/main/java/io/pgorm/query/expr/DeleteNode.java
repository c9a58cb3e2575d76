package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;

/**
 * A DELETE statement.
 *
 * @param with common table expressions
 * @param recursive whether WITH is RECURSIVE
 * @param table the target table
 * @param using the USING items
 * @param where the WHERE condition ({@link Condition#none()} deletes every row)
 * @param returning the RETURNING list
 */
public record DeleteNode(
    List<Cte> with,
    boolean recursive,
    TableRef<?> table,
    List<FromItem> using,
    Condition where,
    List<Expr<?>> returning)
    implements StatementNode {

  /** Checks for null and copies the lists. */
  public DeleteNode {
    with = List.copyOf(with);
    Objects.requireNonNull(table, "table");
    using = List.copyOf(using);
    Objects.requireNonNull(where, "where");
    returning = List.copyOf(returning);
  }
}
