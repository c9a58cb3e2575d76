package io.pgorm.query.expr;

import io.pgorm.query.meta.ColumnMeta;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An INSERT statement.
 *
 * @param with common table expressions
 * @param recursive whether WITH is RECURSIVE
 * @param table the target table
 * @param columns the columns given (empty with DEFAULT VALUES)
 * @param rows the VALUES rows, each as long as {@code columns}; empty when {@code query} is set
 * @param query the query whose rows are inserted, or {@code null}
 * @param onConflict what to do on a unique conflict, or {@code null}
 * @param returning the RETURNING list
 */
public record InsertNode(
    List<Cte> with,
    boolean recursive,
    TableRef<?> table,
    List<ColumnMeta<?, ?>> columns,
    List<List<Expr<?>>> rows,
    @Nullable QueryNode query,
    @Nullable OnConflict onConflict,
    List<Expr<?>> returning)
    implements StatementNode {

  /** Checks that the parts fit together. */
  public InsertNode {
    with = List.copyOf(with);
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    rows = rows.stream().<List<Expr<?>>>map(List::copyOf).toList();
    returning = List.copyOf(returning);
    for (List<Expr<?>> row : rows) {
      if (row.size() != columns.size()) {
        throw new IllegalArgumentException(
            "INSERT into "
                + table.table().name()
                + " gives "
                + columns.size()
                + " columns but a row of "
                + row.size()
                + " values");
      }
    }
    if (query != null && !rows.isEmpty()) {
      throw new IllegalArgumentException("INSERT takes VALUES rows or a query, not both");
    }
  }
}
