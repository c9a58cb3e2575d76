package io.pgorm.query.internal;

import io.pgorm.query.Fetchable;
import io.pgorm.query.Update;
import io.pgorm.query.expr.Assignment;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.expr.UpdateNode;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The {@link Update}; every step copies. */
public final class DefaultUpdate<R> implements Update<R> {

  private final TableRef<R> table;
  private final UpdateNode node;

  private DefaultUpdate(TableRef<R> table, UpdateNode node) {
    this.table = table;
    this.node = node;
  }

  public static <R> Update<R> of(TableRef<R> table) {
    return new DefaultUpdate<>(
        table,
        new UpdateNode(
            List.of(), false, table, List.of(), List.of(), List.of(), Condition.none(), List.of()));
  }

  @Override
  public UpdateNode node() {
    return node;
  }

  private Update<R> copy(
      List<Assignment> set, List<FromItem> from, Condition where, List<Cte> with) {
    return new DefaultUpdate<>(
        table,
        new UpdateNode(with, node.recursive(), table, set, from, node.joins(), where, List.of()));
  }

  @Override
  public <T> Update<R> set(ColumnMeta<R, T> column, @Nullable T value) {
    return set(column, Param.<T>like(column, value));
  }

  @Override
  public <T> Update<R> set(ColumnMeta<R, T> column, Expr<T> value) {
    Objects.requireNonNull(value, "value");
    if (!table.table().columns().contains(column)) {
      throw new IllegalArgumentException(
          "column " + column + " is not a column of table " + table.table().name());
    }
    List<Assignment> set = new ArrayList<>(node.set());
    set.removeIf(a -> a.column().equals(column));
    set.add(new Assignment(column, value));
    return copy(set, node.from(), node.where(), node.with());
  }

  @Override
  public Update<R> from(FromItem item) {
    List<FromItem> from = new ArrayList<>(node.from());
    from.add(item);
    return copy(node.set(), from, node.where(), node.with());
  }

  @Override
  public Update<R> from(TableMeta<?> table) {
    return from(TableRef.of(table));
  }

  @Override
  public Update<R> where(Condition condition) {
    return copy(node.set(), node.from(), node.where().and(condition), node.with());
  }

  @Override
  public Update<R> with(Cte... ctes) {
    List<Cte> all = new ArrayList<>(node.with());
    all.addAll(Arrays.asList(ctes));
    return copy(node.set(), node.from(), node.where(), all);
  }

  private UpdateNode returningNode(List<Expr<?>> items) {
    if (node.set().isEmpty()) {
      throw new IllegalStateException("UPDATE of " + table.table().name() + " sets no column");
    }
    return new UpdateNode(
        node.with(),
        node.recursive(),
        table,
        node.set(),
        node.from(),
        node.joins(),
        node.where(),
        items);
  }

  @Override
  public Fetchable<R> returning() {
    return new DefaultFetchable<>(returningNode(Returning.all(table)), Returning.allMapper(table));
  }

  @Override
  public <T> Fetchable<T> returning(Expr<T> expr) {
    return new DefaultFetchable<>(returningNode(List.of(expr)), Projections.single(expr));
  }

  @Override
  public String toString() {
    return "Update[" + toSql().sql() + "]";
  }
}
