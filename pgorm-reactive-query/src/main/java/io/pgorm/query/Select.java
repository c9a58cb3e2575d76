package io.pgorm.query;

import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.DerivedTable;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.expr.QueryNode;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.util.List;

/**
 * A SELECT (or a UNION/INTERSECT/EXCEPT of selects) whose rows map to {@code T}. Immutable: each
 * method returns a new query, so a half-built one can be shared and extended. Start one with {@link
 * Dsl#selectFrom}, {@link Dsl#select} and friends.
 *
 * <pre>{@code
 * Select<Account> admins = Dsl.selectFrom(AccountTable.TABLE)
 *     .where(AccountTable.ROLE.eq(Role.ADMIN))
 *     .orderBy(AccountTable.EMAIL.asc())
 *     .limit(20);
 * }</pre>
 *
 * @param <T> what each row maps to
 */
public interface Select<T> extends Fetchable<T> {

  @Override
  QueryNode node();

  /** Adds a FROM item. */
  Select<T> from(FromItem item);

  /** Adds a table to FROM. */
  Select<T> from(TableMeta<?> table);

  /** {@code JOIN item ON on}. */
  Select<T> join(FromItem item, Condition on);

  /** {@code JOIN table ON on}. */
  Select<T> join(TableMeta<?> table, Condition on);

  /** {@code LEFT JOIN item ON on}. */
  Select<T> leftJoin(FromItem item, Condition on);

  /** {@code LEFT JOIN table ON on}. */
  Select<T> leftJoin(TableMeta<?> table, Condition on);

  /** {@code RIGHT JOIN item ON on}. */
  Select<T> rightJoin(FromItem item, Condition on);

  /** {@code FULL JOIN item ON on}. */
  Select<T> fullJoin(FromItem item, Condition on);

  /** {@code CROSS JOIN item}. */
  Select<T> crossJoin(FromItem item);

  /** Adds {@code condition} to WHERE (AND); {@link Condition#none()} adds nothing. */
  Select<T> where(Condition condition);

  /** {@code GROUP BY exprs}, after those given before. */
  Select<T> groupBy(Expr<?>... exprs);

  /** Adds {@code condition} to HAVING (AND). */
  Select<T> having(Condition condition);

  /** {@code ORDER BY order}, after those given before. */
  Select<T> orderBy(SortField... order);

  /** {@code ORDER BY order}, after those given before. */
  Select<T> orderBy(List<SortField> order);

  /** {@code LIMIT n}, bound as a parameter. */
  Select<T> limit(long n);

  /** {@code OFFSET n}, bound as a parameter. */
  Select<T> offset(long n);

  /** {@code SELECT DISTINCT}. */
  Select<T> distinct();

  /** {@code SELECT DISTINCT ON (exprs)}: the first row of each group, by ORDER BY. */
  Select<T> distinctOn(Expr<?>... exprs);

  /** {@code FOR UPDATE}, waiting for locked rows. */
  Select<T> forUpdate();

  /** A locking clause: strength, tables ({@code OF}; none for all), and how to wait. */
  Select<T> lock(Lock.Strength strength, Lock.Wait wait, TableName... of);

  /** Adds common table expressions ({@code WITH}). */
  Select<T> with(Cte... ctes);

  /** Adds common table expressions, as {@code WITH RECURSIVE}. */
  Select<T> withRecursive(Cte... ctes);

  /** {@code this UNION other} (duplicates removed). */
  Select<T> union(Select<T> other);

  /** {@code this UNION ALL other}. */
  Select<T> unionAll(Select<T> other);

  /** {@code this INTERSECT other}. */
  Select<T> intersect(Select<T> other);

  /** {@code this INTERSECT ALL other}. */
  Select<T> intersectAll(Select<T> other);

  /** {@code this EXCEPT other}. */
  Select<T> except(Select<T> other);

  /** {@code this EXCEPT ALL other}. */
  Select<T> exceptAll(Select<T> other);

  /** This query as a FROM item: {@code (SELECT ...) AS "alias"}. */
  DerivedTable asTable(String alias);

  /** This query as a CTE named {@code name}. */
  Cte asCte(String name, String... columns);

  /** This query's single column as a value: {@code (SELECT ...)}. */
  Expr<T> asValue();
}
