package io.pgorm.query;

import io.pgorm.query.expr.StatementNode;
import io.pgorm.query.internal.TableWalker;
import io.pgorm.query.meta.TableName;
import java.util.Set;

/**
 * The tables a statement reads and writes: for result caches (what to invalidate) and tenancy
 * checks. A table both read and written appears in both.
 *
 * @param reads the tables read (FROM, JOIN, subqueries, USING, UPDATE ... FROM)
 * @param writes the tables written (INSERT, UPDATE, DELETE targets, also inside CTEs)
 */
public record TableAccess(Set<TableName> reads, Set<TableName> writes) {

  /** Copies the sets. */
  public TableAccess {
    reads = Set.copyOf(reads);
    writes = Set.copyOf(writes);
  }

  /** What {@code node} reads and writes. */
  public static TableAccess of(StatementNode node) {
    return TableWalker.access(node);
  }
}
