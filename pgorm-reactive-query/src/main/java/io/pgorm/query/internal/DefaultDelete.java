package io.pgorm.query.internal;

import io.pgorm.query.Delete;
import io.pgorm.query.Fetchable;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.DeleteNode;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.meta.TableMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The {@link Delete}; every step copies. */
public final class DefaultDelete<R> implements Delete<R> {

  private final TableRef<R> table;
  private final DeleteNode node;

  private DefaultDelete(TableRef<R> table, DeleteNode node) {
    this.table = table;
    this.node = node;
  }

  public static <R> Delete<R> of(TableRef<R> table) {
    return new DefaultDelete<>(
        table, new DeleteNode(List.of(), false, table, List.of(), Condition.none(), List.of()));
  }

  @Override
  public DeleteNode node() {
    return node;
  }

  private Delete<R> copy(List<FromItem> using, Condition where, List<Cte> with) {
    return new DefaultDelete<>(
        table, new DeleteNode(with, node.recursive(), table, using, where, List.of()));
  }

  @Override
  public Delete<R> using(FromItem item) {
    List<FromItem> using = new ArrayList<>(node.using());
    using.add(item);
    return copy(using, node.where(), node.with());
  }

  @Override
  public Delete<R> using(TableMeta<?> table) {
    return using(TableRef.of(table));
  }

  @Override
  public Delete<R> where(Condition condition) {
    return copy(node.using(), node.where().and(condition), node.with());
  }

  @Override
  public Delete<R> with(Cte... ctes) {
    List<Cte> all = new ArrayList<>(node.with());
    all.addAll(Arrays.asList(ctes));
    return copy(node.using(), node.where(), all);
  }

  private DeleteNode returningNode(List<Expr<?>> items) {
    return new DeleteNode(node.with(), node.recursive(), table, node.using(), node.where(), items);
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
    return "Delete[" + toSql().sql() + "]";
  }
}
