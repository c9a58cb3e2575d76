package io.pgorm.query;

import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.DeleteNode;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.meta.TableMeta;

/**
 * A DELETE from the table of record {@code R}. Immutable. Without {@link #where} it deletes every
 * row.
 *
 * @param <R> the table's record type
 */
public interface Delete<R> extends Statement {

  @Override
  DeleteNode node();

  /** {@code DELETE ... USING item}: other tables to join with. */
  Delete<R> using(FromItem item);

  /** {@code DELETE ... USING table}. */
  Delete<R> using(TableMeta<?> table);

  /** Adds {@code condition} to WHERE (AND). */
  Delete<R> where(Condition condition);

  /** Adds common table expressions ({@code WITH}). */
  Delete<R> with(Cte... ctes);

  /** {@code RETURNING} every column, mapped to the record. */
  Fetchable<R> returning();

  /** {@code RETURNING expr}. */
  <T> Fetchable<T> returning(Expr<T> expr);
}
