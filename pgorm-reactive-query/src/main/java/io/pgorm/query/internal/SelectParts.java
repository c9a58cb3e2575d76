package io.pgorm.query.internal;

import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.Join;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SortField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A mutable copy of a {@link SelectNode}, for the builder's one-change-per-step copies. */
final class SelectParts {

  List<Cte> with;
  boolean recursive;
  boolean distinct;
  List<Expr<?>> distinctOn;
  List<Expr<?>> items;
  List<FromItem> from;
  List<Join> joins;
  Condition where;
  List<Expr<?>> groupBy;
  Condition having;
  List<SortField> orderBy;
  @Nullable Expr<?> limit;
  @Nullable Expr<?> offset;
  List<Lock> locks;

  SelectParts(SelectNode n) {
    with = new ArrayList<>(n.with());
    recursive = n.recursive();
    distinct = n.distinct();
    distinctOn = new ArrayList<>(n.distinctOn());
    items = new ArrayList<>(n.items());
    from = new ArrayList<>(n.from());
    joins = new ArrayList<>(n.joins());
    where = n.where();
    groupBy = new ArrayList<>(n.groupBy());
    having = n.having();
    orderBy = new ArrayList<>(n.orderBy());
    limit = n.limit();
    offset = n.offset();
    locks = new ArrayList<>(n.locks());
  }

  SelectNode build() {
    return new SelectNode(
        with,
        recursive,
        distinct,
        distinctOn,
        items,
        from,
        joins,
        where,
        groupBy,
        having,
        orderBy,
        limit,
        offset,
        locks);
  }
}
