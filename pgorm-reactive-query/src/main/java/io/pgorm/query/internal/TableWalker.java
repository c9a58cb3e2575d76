package io.pgorm.query.internal;

import io.pgorm.query.TableAccess;
import io.pgorm.query.expr.Aliased;
import io.pgorm.query.expr.Assignment;
import io.pgorm.query.expr.Call;
import io.pgorm.query.expr.Case;
import io.pgorm.query.expr.Cast;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.DeleteNode;
import io.pgorm.query.expr.DerivedTable;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.FunctionTable;
import io.pgorm.query.expr.InsertNode;
import io.pgorm.query.expr.Join;
import io.pgorm.query.expr.Junction;
import io.pgorm.query.expr.Not;
import io.pgorm.query.expr.Op;
import io.pgorm.query.expr.Pred;
import io.pgorm.query.expr.RowValue;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SetOpNode;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.expr.StatementNode;
import io.pgorm.query.expr.Subquery;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.expr.UpdateNode;
import io.pgorm.query.meta.TableName;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the tables a statement reads and writes. */
public final class TableWalker {

  private final Set<TableName> reads = new LinkedHashSet<>();
  private final Set<TableName> writes = new LinkedHashSet<>();

  private TableWalker() {}

  public static TableAccess access(StatementNode node) {
    TableWalker w = new TableWalker();
    w.statement(node);
    return new TableAccess(w.reads, w.writes);
  }

  private void statement(StatementNode node) {
    for (Cte c : node.with()) {
      statement(c.body());
    }
    if (node instanceof SelectNode s) {
      s.from().forEach(this::from);
      for (Join j : s.joins()) {
        from(j.item());
        expr(j.on());
      }
      exprs(s.items());
      exprs(s.distinctOn());
      expr(s.where());
      exprs(s.groupBy());
      expr(s.having());
      sorts(s.orderBy());
    } else if (node instanceof SetOpNode s) {
      statement(s.left());
      statement(s.right());
    } else if (node instanceof InsertNode i) {
      writes.add(i.table().table().name());
      i.rows().forEach(this::exprs);
      if (i.query() != null) {
        statement(i.query());
      }
      if (i.onConflict() != null) {
        i.onConflict().set().forEach(a -> expr(a.value()));
        expr(i.onConflict().where());
      }
      exprs(i.returning());
    } else if (node instanceof UpdateNode u) {
      writes.add(u.table().table().name());
      u.from().forEach(this::from);
      for (Assignment a : u.set()) {
        expr(a.value());
      }
      expr(u.where());
      exprs(u.returning());
    } else if (node instanceof DeleteNode d) {
      writes.add(d.table().table().name());
      d.using().forEach(this::from);
      expr(d.where());
      exprs(d.returning());
    }
  }

  private void from(FromItem item) {
    if (item instanceof TableRef<?> t) {
      reads.add(t.table().name());
    } else if (item instanceof DerivedTable d) {
      statement(d.query());
    } else if (item instanceof FunctionTable f) {
      expr(f.call());
    }
  }

  private void sorts(List<SortField> sorts) {
    sorts.forEach(s -> expr(s.expr()));
  }

  private void exprs(List<? extends Expr<?>> exprs) {
    exprs.forEach(this::expr);
  }

  private void expr(Expr<?> e) {
    if (e instanceof Subquery<?> s) {
      statement(s.query());
    } else if (e instanceof Pred p) {
      exprs(p.args());
    } else if (e instanceof Op<?> o) {
      exprs(o.args());
    } else if (e instanceof Junction j) {
      exprs(j.conditions());
    } else if (e instanceof Not n) {
      expr(n.condition());
    } else if (e instanceof Call<?> c) {
      exprs(c.args());
      sorts(c.orderBy());
      expr(c.filter());
      if (c.over() != null) {
        exprs(c.over().partitionBy());
        sorts(c.over().orderBy());
      }
    } else if (e instanceof Cast<?> c) {
      expr(c.expr());
    } else if (e instanceof Case<?> c) {
      c.branches()
          .forEach(
              b -> {
                expr(b.when());
                expr(b.then());
              });
      if (c.otherwise() != null) {
        expr(c.otherwise());
      }
    } else if (e instanceof RowValue r) {
      exprs(r.items());
    } else if (e instanceof Aliased<?> a) {
      expr(a.expr());
    }
  }
}
