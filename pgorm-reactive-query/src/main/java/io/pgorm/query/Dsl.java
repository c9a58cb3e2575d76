package io.pgorm.query;

import io.pgorm.query.expr.Case;
import io.pgorm.query.expr.Cast;
import io.pgorm.query.expr.ColumnRef;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.CteRef;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.RowValue;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SqlType;
import io.pgorm.query.expr.StatementNode;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.internal.DefaultDelete;
import io.pgorm.query.internal.DefaultInsert;
import io.pgorm.query.internal.DefaultSelect;
import io.pgorm.query.internal.DefaultUpdate;
import io.pgorm.query.internal.Projections;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Where queries start: {@code import static io.pgorm.query.Dsl.*;}. Every method builds immutable
 * data; nothing runs until a {@link QueryClient} runs it.
 *
 * <pre>{@code
 * Select<Row2<String, Long>> postsPerAuthor =
 *     select(AccountTable.EMAIL, Functions.count())
 *         .from(AccountTable.TABLE)
 *         .join(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
 *         .groupBy(AccountTable.EMAIL)
 *         .having(Functions.count().gt(10L));
 * }</pre>
 */
public final class Dsl {

  private Dsl() {}

  /** {@code SELECT <every column> FROM table}, rows mapped to the table's record. */
  public static <R> Select<R> selectFrom(TableMeta<R> table) {
    return selectFrom(TableRef.of(table));
  }

  /** {@code SELECT <every column> FROM table AS alias}, rows mapped to the record. */
  public static <R> Select<R> selectFrom(TableRef<R> table) {
    List<Expr<?>> items = new ArrayList<>();
    for (ColumnMeta<R, ?> c : table.table().columns()) {
      items.add(table.col(c));
    }
    return new DefaultSelect<>(
        withFrom(SelectNode.of(items), table), Projections.table(table.table()));
  }

  private static SelectNode withFrom(SelectNode n, TableRef<?> table) {
    return new SelectNode(
        n.with(),
        n.recursive(),
        n.distinct(),
        n.distinctOn(),
        n.items(),
        List.of(table),
        n.joins(),
        n.where(),
        n.groupBy(),
        n.having(),
        n.orderBy(),
        n.limit(),
        n.offset(),
        n.locks());
  }

  /** {@code SELECT a}, one value per row (a NULL value is an error: a Flux cannot emit null). */
  public static <A> Select<A> select(Expr<A> a) {
    return new DefaultSelect<>(SelectNode.of(List.of(a)), Projections.single(a));
  }

  /** {@code SELECT a, b}. */
  public static <A, B> Select<Row2<A, B>> select(Expr<A> a, Expr<B> b) {
    return new DefaultSelect<>(SelectNode.of(List.of(a, b)), Projections.row2(a, b));
  }

  /** {@code SELECT a, b, c}. */
  public static <A, B, C> Select<Row3<A, B, C>> select(Expr<A> a, Expr<B> b, Expr<C> c) {
    return new DefaultSelect<>(SelectNode.of(List.of(a, b, c)), Projections.row3(a, b, c));
  }

  /** {@code SELECT a, b, c, d}. */
  public static <A, B, C, D> Select<Row4<A, B, C, D>> select(
      Expr<A> a, Expr<B> b, Expr<C> c, Expr<D> d) {
    return new DefaultSelect<>(SelectNode.of(List.of(a, b, c, d)), Projections.row4(a, b, c, d));
  }

  /**
   * {@code SELECT exprs}, each row passed in order to {@code type}'s constructor (a record's
   * canonical one).
   *
   * @throws IllegalArgumentException when {@code type} has no constructor of that many parameters
   */
  public static <P> Select<P> select(Class<P> type, Expr<?>... exprs) {
    List<Expr<?>> items = Arrays.asList(exprs);
    return new DefaultSelect<>(SelectNode.of(items), Projections.into(type, items));
  }

  /** {@code SELECT 1}: for {@link Condition#exists}. */
  public static Select<Integer> selectOne() {
    return select(Param.of(1));
  }

  /** {@code INSERT INTO table}. */
  public static <R> Insert<R> insertInto(TableMeta<R> table) {
    return DefaultInsert.into(TableRef.of(table));
  }

  /** {@code UPDATE table}. */
  public static <R> Update<R> update(TableMeta<R> table) {
    return DefaultUpdate.of(TableRef.of(table));
  }

  /** {@code UPDATE table AS alias}. */
  public static <R> Update<R> update(TableRef<R> table) {
    return DefaultUpdate.of(table);
  }

  /** {@code DELETE FROM table}. */
  public static <R> Delete<R> deleteFrom(TableMeta<R> table) {
    return DefaultDelete.of(TableRef.of(table));
  }

  /** {@code DELETE FROM table AS alias}. */
  public static <R> Delete<R> deleteFrom(TableRef<R> table) {
    return DefaultDelete.of(table);
  }

  /** A table to alias: {@code table(AccountTable.TABLE).as("a")}. */
  public static <R> TableRef<R> table(TableMeta<R> table) {
    return TableRef.of(table);
  }

  /** A bound value: {@code $n}. */
  public static <T> Expr<T> val(T value) {
    return Param.of(value);
  }

  /** A bound value of a given SQL type: {@code $n::type} (may be NULL). */
  public static <T> Expr<T> val(@Nullable T value, String sqlType, Class<T> javaType) {
    return Param.typed(value, sqlType, javaType);
  }

  /** The value of the same column of a row an upsert proposed: {@code EXCLUDED."column"}. */
  public static <T> Expr<T> excluded(ColumnMeta<?, T> column) {
    return ColumnRef.excluded(column.name(), column.javaType(), column.sqlType());
  }

  /** {@code CAST(expr AS type)}, read as {@code javaType}. */
  public static <T> Expr<T> cast(Expr<?> expr, String sqlType, Class<T> javaType) {
    return new Cast<>(expr, SqlType.parse(sqlType), javaType);
  }

  /** {@code CAST(expr AS type)}, read as {@code javaType} (a generic type). */
  public static <T> Expr<T> cast(Expr<?> expr, String sqlType, Type javaType) {
    return new Cast<>(expr, SqlType.parse(sqlType), javaType);
  }

  /** {@code CASE WHEN condition THEN value ...}: continue with {@code when}, {@code otherwise}. */
  public static <T> Case<T> when(Condition condition, Expr<T> value) {
    return Case.of(condition, value);
  }

  /** A row value {@code (a, b, ...)}, for row comparisons. */
  public static RowValue row(Expr<?>... items) {
    return new RowValue(Arrays.asList(items));
  }

  /** A CTE named {@code name} whose body is any statement (data-modifying with RETURNING). */
  public static Cte cte(String name, Statement body, String... columns) {
    StatementNode node = body.node();
    return new Cte(name, Arrays.asList(columns), node, null);
  }

  /**
   * A call of a function of your schema, typed by its result: {@code
   * function(FunctionName.of("shop", "order_total"), BigDecimal.class, Dsl.val(orderId))}; the
   * names are quoted.
   */
  public static <T> io.pgorm.query.expr.Call<T> function(
      io.pgorm.query.expr.FunctionName name, Class<T> result, Expr<?>... args) {
    return io.pgorm.query.expr.Call.of(name, result, null, Arrays.asList(args));
  }

  /**
   * A set-returning function (SETOF or RETURNS TABLE) as a FROM item: {@code FROM
   * "shop"."top_items"($1) AS "t"("id", "score")}.
   */
  public static io.pgorm.query.expr.FunctionTable fromFunction(
      io.pgorm.query.expr.Call<?> call, String alias, String... columns) {
    return new io.pgorm.query.expr.FunctionTable(call, alias, Arrays.asList(columns), false, false);
  }

  /** {@code CALL procedure(args)}: run it with {@link QueryClient#execute}. */
  public static Statement call(io.pgorm.query.expr.FunctionName procedure, Expr<?>... args) {
    io.pgorm.query.expr.ProcedureCallNode node =
        new io.pgorm.query.expr.ProcedureCallNode(procedure, Arrays.asList(args));
    return () -> node;
  }

  /** A reference to a CTE by name, for the recursive part of {@code WITH RECURSIVE}. */
  public static CteRef cteRef(String name) {
    return new CteRef(name);
  }
}
