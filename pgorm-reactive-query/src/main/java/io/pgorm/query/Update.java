package io.pgorm.query;

import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.UpdateNode;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import org.jspecify.annotations.Nullable;

/**
 * An UPDATE of the table of record {@code R}. Immutable. Without {@link #where} it updates every
 * row.
 *
 * @param <R> the table's record type
 */
public interface Update<R> extends Statement {

  @Override
  UpdateNode node();

  /** {@code SET column = value} (a parameter; {@code null} sets NULL). */
  <T> Update<R> set(ColumnMeta<R, T> column, @Nullable T value);

  /** {@code SET column = expr}. */
  <T> Update<R> set(ColumnMeta<R, T> column, Expr<T> value);

  /** {@code UPDATE ... FROM item}: other tables to take values from or join with. */
  Update<R> from(FromItem item);

  /** {@code UPDATE ... FROM table}. */
  Update<R> from(TableMeta<?> table);

  /** Adds {@code condition} to WHERE (AND). */
  Update<R> where(Condition condition);

  /** Adds common table expressions ({@code WITH}). */
  Update<R> with(Cte... ctes);

  /** {@code RETURNING} every column, mapped to the record. */
  Fetchable<R> returning();

  /** {@code RETURNING expr}. */
  <T> Fetchable<T> returning(Expr<T> expr);
}
