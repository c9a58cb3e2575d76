package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code left UNION|INTERSECT|EXCEPT [ALL] right}, with its own ORDER BY, LIMIT and OFFSET.
 *
 * @param with common table expressions for the whole
 * @param recursive whether WITH is RECURSIVE
 * @param left the left query
 * @param op the operation
 * @param all whether duplicates are kept
 * @param right the right query
 * @param orderBy the ORDER BY of the result
 * @param limit the LIMIT, or {@code null}
 * @param offset the OFFSET, or {@code null}
 */
public record SetOpNode(
    List<Cte> with,
    boolean recursive,
    QueryNode left,
    Kind op,
    boolean all,
    QueryNode right,
    List<SortField> orderBy,
    @Nullable Expr<?> limit,
    @Nullable Expr<?> offset)
    implements QueryNode {

  /** The set operations. */
  public enum Kind {
    UNION,
    INTERSECT,
    EXCEPT
  }

  /** Checks for null and copies the lists. */
  public SetOpNode {
    with = List.copyOf(with);
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(op, "op");
    Objects.requireNonNull(right, "right");
    orderBy = List.copyOf(orderBy);
  }
}
