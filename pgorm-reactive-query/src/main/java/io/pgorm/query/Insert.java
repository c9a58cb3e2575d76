package io.pgorm.query;

import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.InsertNode;
import io.pgorm.query.meta.ColumnMeta;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An INSERT into the table of record {@code R}. Immutable: each method returns a new statement. Run
 * it with {@link QueryClient#execute} (rows inserted) or, after {@code returning...}, with {@link
 * QueryClient#fetch}.
 *
 * <pre>{@code
 * Insert<Account> insert = Dsl.insertInto(AccountTable.TABLE)
 *     .set(AccountTable.EMAIL, "ada@example.com")
 *     .set(AccountTable.ROLE, Role.ADMIN);
 * }</pre>
 *
 * @param <R> the table's record type
 */
public interface Insert<R> extends Statement {

  @Override
  InsertNode node();

  /** Sets a column of the single row to a value (bound as a parameter). */
  <T> Insert<R> set(ColumnMeta<R, T> column, @Nullable T value);

  /** Sets a column of the single row to an expression. */
  <T> Insert<R> set(ColumnMeta<R, T> column, Expr<T> value);

  /**
   * Adds a row from a record: every column the server does not compute, except defaulted columns
   * whose value is {@code null} in all rows (those get their default).
   */
  Insert<R> row(R row);

  /** Adds rows from records; see {@link #row}. */
  Insert<R> rows(List<? extends R> rows);

  /**
   * Adds rows as one array parameter per column: {@code INSERT INTO t (c1, c2) SELECT u.c1, u.c2
   * FROM unnest($1::t1[], $2::t2[]) WITH ORDINALITY AS u(c1, c2, n) ORDER BY u.n}. The SQL is the
   * same for every number of rows (one prepared statement), there is no parameter limit, and
   * RETURNING gives the rows in order. Columns are chosen as for {@link #row}, except that a
   * defaulted column must be given in every row or in none. Values the driver cannot bind as arrays
   * (arrays, JSON, user types) travel in their text form, written by {@code types}.
   *
   * @throws IllegalArgumentException when a defaulted column is null in some rows only
   */
  Insert<R> rowsUnnested(List<? extends R> rows, io.pgorm.types.TypeRegistry types);

  /** {@link #rowsUnnested(List, io.pgorm.types.TypeRegistry)} with the built-in types. */
  default Insert<R> rowsUnnested(List<? extends R> rows) {
    return rowsUnnested(rows, io.pgorm.types.TypeRegistry.builtIn());
  }

  /** {@code INSERT INTO t (columns) query}: inserts the rows of a query. */
  Insert<R> fromSelect(List<ColumnMeta<R, ?>> columns, Select<?> query);

  /** {@code ON CONFLICT DO NOTHING}, whatever the conflict. */
  Insert<R> onConflictDoNothing();

  /** {@code ON CONFLICT (columns) ...}: say what to do next. */
  Conflict<R> onConflict(List<ColumnMeta<R, ?>> columns);

  /** {@code ON CONFLICT ON CONSTRAINT name ...}: say what to do next. */
  Conflict<R> onConflictOnConstraint(String constraint);

  /** Adds common table expressions ({@code WITH}). */
  Insert<R> with(Cte... ctes);

  /** {@code RETURNING} every column, mapped to the record. */
  Fetchable<R> returning();

  /** {@code RETURNING expr}. */
  <T> Fetchable<T> returning(Expr<T> expr);

  /** {@code RETURNING exprs}, mapped positionally into {@code type} (a record or class). */
  <P> Fetchable<P> returning(Class<P> type, Expr<?>... exprs);

  /**
   * The action for a conflict on a given target.
   *
   * @param <R> the table's record type
   */
  interface Conflict<R> {

    /** {@code DO NOTHING}. */
    Insert<R> doNothing();

    /** {@code DO UPDATE SET column = value}. */
    <T> ConflictUpdate<R> doUpdateSet(ColumnMeta<R, T> column, Expr<T> value);

    /** {@code DO UPDATE SET c = EXCLUDED.c} for each column: take the proposed values. */
    ConflictUpdate<R> doUpdateSetExcluded(List<ColumnMeta<R, ?>> columns);
  }

  /**
   * An upsert's DO UPDATE, to which more assignments and a WHERE can be added.
   *
   * @param <R> the table's record type
   */
  interface ConflictUpdate<R> extends Insert<R> {

    /** One more {@code column = value}. */
    <T> ConflictUpdate<R> andSet(ColumnMeta<R, T> column, Expr<T> value);

    /** {@code DO UPDATE ... WHERE condition}: update only rows that satisfy it. */
    ConflictUpdate<R> where(Condition condition);
  }
}
