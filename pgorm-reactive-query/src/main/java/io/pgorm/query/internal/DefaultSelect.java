package io.pgorm.query.internal;

import io.pgorm.RowMapper;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.DerivedTable;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.Join;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.expr.QueryNode;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SetOpNode;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.expr.Subquery;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The {@link Select}: a query tree and the mapper of its rows; every step copies. */
public final class DefaultSelect<T> implements Select<T> {

  private final QueryNode node;
  private final RowMapper<T> mapper;

  public DefaultSelect(QueryNode node, RowMapper<T> mapper) {
    this.node = node;
    this.mapper = mapper;
  }

  @Override
  public QueryNode node() {
    return node;
  }

  @Override
  public RowMapper<T> mapper() {
    return mapper;
  }

  private Select<T> edit(String what, Consumer<SelectParts> change) {
    if (!(node instanceof SelectNode s)) {
      throw new IllegalStateException(
          what
              + " cannot apply to a "
              + ((SetOpNode) node).op()
              + " of queries. Hint: wrap it with asTable(\"alias\") and select from that");
    }
    SelectParts parts = new SelectParts(s);
    change.accept(parts);
    return new DefaultSelect<>(parts.build(), mapper);
  }

  @Override
  public Select<T> from(FromItem item) {
    return edit("from()", p -> p.from.add(item));
  }

  @Override
  public Select<T> from(TableMeta<?> table) {
    return from(TableRef.of(table));
  }

  private Select<T> join(Join.Type type, FromItem item, Condition on) {
    return edit("join()", p -> p.joins.add(new Join(type, item, on)));
  }

  @Override
  public Select<T> join(FromItem item, Condition on) {
    return join(Join.Type.INNER, item, on);
  }

  @Override
  public Select<T> join(TableMeta<?> table, Condition on) {
    return join(Join.Type.INNER, TableRef.of(table), on);
  }

  @Override
  public Select<T> leftJoin(FromItem item, Condition on) {
    return join(Join.Type.LEFT, item, on);
  }

  @Override
  public Select<T> leftJoin(TableMeta<?> table, Condition on) {
    return join(Join.Type.LEFT, TableRef.of(table), on);
  }

  @Override
  public Select<T> rightJoin(FromItem item, Condition on) {
    return join(Join.Type.RIGHT, item, on);
  }

  @Override
  public Select<T> fullJoin(FromItem item, Condition on) {
    return join(Join.Type.FULL, item, on);
  }

  @Override
  public Select<T> crossJoin(FromItem item) {
    return join(Join.Type.CROSS, item, Condition.none());
  }

  @Override
  public Select<T> where(Condition condition) {
    return edit("where()", p -> p.where = p.where.and(condition));
  }

  @Override
  public Select<T> groupBy(Expr<?>... exprs) {
    return edit("groupBy()", p -> p.groupBy.addAll(Arrays.asList(exprs)));
  }

  @Override
  public Select<T> having(Condition condition) {
    return edit("having()", p -> p.having = p.having.and(condition));
  }

  @Override
  public Select<T> orderBy(SortField... order) {
    return orderBy(Arrays.asList(order));
  }

  @Override
  public Select<T> orderBy(List<SortField> order) {
    if (node instanceof SetOpNode s) {
      List<SortField> all = new ArrayList<>(s.orderBy());
      all.addAll(order);
      return new DefaultSelect<>(
          new SetOpNode(
              s.with(),
              s.recursive(),
              s.left(),
              s.op(),
              s.all(),
              s.right(),
              all,
              s.limit(),
              s.offset()),
          mapper);
    }
    return edit("orderBy()", p -> p.orderBy.addAll(order));
  }

  @Override
  public Select<T> limit(long n) {
    Expr<Long> limit = Params.count("limit", n);
    if (node instanceof SetOpNode s) {
      return new DefaultSelect<>(
          new SetOpNode(
              s.with(),
              s.recursive(),
              s.left(),
              s.op(),
              s.all(),
              s.right(),
              s.orderBy(),
              limit,
              s.offset()),
          mapper);
    }
    return edit("limit()", p -> p.limit = limit);
  }

  @Override
  public Select<T> offset(long n) {
    Expr<Long> offset = Params.count("offset", n);
    if (node instanceof SetOpNode s) {
      return new DefaultSelect<>(
          new SetOpNode(
              s.with(),
              s.recursive(),
              s.left(),
              s.op(),
              s.all(),
              s.right(),
              s.orderBy(),
              s.limit(),
              offset),
          mapper);
    }
    return edit("offset()", p -> p.offset = offset);
  }

  @Override
  public Select<T> distinct() {
    return edit("distinct()", p -> p.distinct = true);
  }

  @Override
  public Select<T> distinctOn(Expr<?>... exprs) {
    return edit("distinctOn()", p -> p.distinctOn.addAll(Arrays.asList(exprs)));
  }

  @Override
  public Select<T> forUpdate() {
    return lock(Lock.Strength.UPDATE, Lock.Wait.WAIT);
  }

  @Override
  public Select<T> lock(Lock.Strength strength, Lock.Wait wait, TableName... of) {
    return edit("lock()", p -> p.locks.add(new Lock(strength, Arrays.asList(of), wait)));
  }

  @Override
  public Select<T> with(Cte... ctes) {
    return withCtes(false, ctes);
  }

  @Override
  public Select<T> withRecursive(Cte... ctes) {
    return withCtes(true, ctes);
  }

  private Select<T> withCtes(boolean recursive, Cte... ctes) {
    if (node instanceof SetOpNode s) {
      List<Cte> all = new ArrayList<>(s.with());
      all.addAll(Arrays.asList(ctes));
      return new DefaultSelect<>(
          new SetOpNode(
              all,
              s.recursive() || recursive,
              s.left(),
              s.op(),
              s.all(),
              s.right(),
              s.orderBy(),
              s.limit(),
              s.offset()),
          mapper);
    }
    return edit(
        "with()",
        p -> {
          p.with.addAll(Arrays.asList(ctes));
          p.recursive |= recursive;
        });
  }

  private Select<T> setOp(SetOpNode.Kind kind, boolean all, Select<T> other) {
    return new DefaultSelect<>(
        new SetOpNode(List.of(), false, node, kind, all, other.node(), List.of(), null, null),
        mapper);
  }

  @Override
  public Select<T> union(Select<T> other) {
    return setOp(SetOpNode.Kind.UNION, false, other);
  }

  @Override
  public Select<T> unionAll(Select<T> other) {
    return setOp(SetOpNode.Kind.UNION, true, other);
  }

  @Override
  public Select<T> intersect(Select<T> other) {
    return setOp(SetOpNode.Kind.INTERSECT, false, other);
  }

  @Override
  public Select<T> intersectAll(Select<T> other) {
    return setOp(SetOpNode.Kind.INTERSECT, true, other);
  }

  @Override
  public Select<T> except(Select<T> other) {
    return setOp(SetOpNode.Kind.EXCEPT, false, other);
  }

  @Override
  public Select<T> exceptAll(Select<T> other) {
    return setOp(SetOpNode.Kind.EXCEPT, true, other);
  }

  @Override
  public DerivedTable asTable(String alias) {
    return new DerivedTable(node, alias, false);
  }

  @Override
  public Cte asCte(String name, String... columns) {
    return new Cte(name, Arrays.asList(columns), node, null);
  }

  @Override
  public Expr<T> asValue() {
    List<Expr<?>> items = node instanceof SelectNode s ? s.items() : List.of();
    return new Subquery<>(node, items.size() == 1 ? items.get(0).javaType() : Object.class);
  }

  @Override
  public String toString() {
    return "Select[" + toSql().sql() + "]";
  }
}
