package io.pgorm.query.render;

import io.pgorm.query.expr.Assignment;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.CteRef;
import io.pgorm.query.expr.DeleteNode;
import io.pgorm.query.expr.DerivedTable;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.FunctionTable;
import io.pgorm.query.expr.InsertNode;
import io.pgorm.query.expr.Join;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.expr.OnConflict;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SetOpNode;
import io.pgorm.query.expr.StatementNode;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.expr.UpdateNode;
import io.pgorm.query.meta.ColumnMeta;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Renders statements. */
final class Statements {

  private Statements() {}

  static void statement(Out out, StatementNode node) {
    if (node instanceof SelectNode s) {
      select(out, s);
    } else if (node instanceof SetOpNode s) {
      setOp(out, s);
    } else if (node instanceof InsertNode i) {
      insert(out, i);
    } else if (node instanceof UpdateNode u) {
      update(out, u);
    } else if (node instanceof DeleteNode d) {
      delete(out, d);
    } else if (node instanceof io.pgorm.query.expr.ProcedureCallNode c) {
      out.sql("CALL ");
      Exprs.expr(out, io.pgorm.query.expr.Call.of(c.procedure(), Object.class, null, c.args()));
    } else {
      throw new IllegalArgumentException("cannot render " + node.getClass().getName());
    }
  }

  private static void with(Out out, List<Cte> ctes, boolean recursive) {
    if (ctes.isEmpty()) {
      return;
    }
    out.sql(recursive ? "WITH RECURSIVE " : "WITH ");
    for (int i = 0; i < ctes.size(); i++) {
      Cte c = ctes.get(i);
      if (i > 0) {
        out.sql(", ");
      }
      out.ident(c.name());
      names(out, c.columns());
      out.sql(" AS ");
      if (c.materialized() != null) {
        out.sql(c.materialized() ? "MATERIALIZED " : "NOT MATERIALIZED ");
      }
      out.sql('(');
      out.enter();
      statement(out, c.body());
      out.leave();
      out.sql(')');
    }
    out.sql(' ');
  }

  private static void names(Out out, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    out.sql('(');
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      out.ident(names.get(i));
    }
    out.sql(')');
  }

  static void select(Out out, SelectNode s) {
    with(out, s.with(), s.recursive());
    out.enter();
    s.from().forEach(f -> scope(out, f));
    s.joins().forEach(j -> scope(out, j.item()));
    out.sql("SELECT ");
    if (!s.distinctOn().isEmpty()) {
      out.sql("DISTINCT ON (");
      Exprs.list(out, s.distinctOn());
      out.sql(") ");
    } else if (s.distinct()) {
      out.sql("DISTINCT ");
    }
    if (s.items().isEmpty()) {
      out.sql('*');
    }
    for (int i = 0; i < s.items().size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      Exprs.item(out, s.items().get(i));
    }
    if (!s.from().isEmpty()) {
      out.sql(" FROM ");
      fromList(out, s.from());
    }
    joins(out, s.joins());
    where(out, " WHERE ", s.where());
    if (!s.groupBy().isEmpty()) {
      out.sql(" GROUP BY ");
      Exprs.list(out, s.groupBy());
    }
    where(out, " HAVING ", s.having());
    tail(out, s.orderBy(), s.limit(), s.offset());
    for (Lock lock : s.locks()) {
      out.sql(' ').sql(lock.strength().sql());
      if (!lock.of().isEmpty()) {
        out.sql(" OF ");
        for (int i = 0; i < lock.of().size(); i++) {
          if (i > 0) {
            out.sql(", ");
          }
          out.lockTarget(lock.of().get(i));
        }
      }
      out.sql(lock.waitPolicy().sql());
    }
    out.leave();
  }

  private static void tail(
      Out out,
      List<io.pgorm.query.expr.SortField> orderBy,
      @Nullable Expr<?> limit,
      @Nullable Expr<?> offset) {
    if (!orderBy.isEmpty()) {
      out.sql(" ORDER BY ");
      Exprs.orderBy(out, orderBy);
    }
    if (limit != null) {
      out.sql(" LIMIT ");
      Exprs.expr(out, limit);
    }
    if (offset != null) {
      out.sql(" OFFSET ");
      Exprs.expr(out, offset);
    }
  }

  private static void setOp(Out out, SetOpNode s) {
    with(out, s.with(), s.recursive());
    side(out, s.left());
    out.sql(' ').sql(s.op().name()).sql(s.all() ? " ALL " : " ");
    side(out, s.right());
    boolean was = out.outputNames(true);
    tail(out, s.orderBy(), s.limit(), s.offset());
    out.outputNames(was);
  }

  private static void side(Out out, StatementNode q) {
    boolean paren =
        q instanceof SetOpNode
            || (q instanceof SelectNode s
                && (!s.orderBy().isEmpty()
                    || s.limit() != null
                    || s.offset() != null
                    || !s.locks().isEmpty()
                    || !s.with().isEmpty()));
    if (paren) {
      out.sql('(');
    }
    statement(out, q);
    if (paren) {
      out.sql(')');
    }
  }

  private static void scope(Out out, FromItem item) {
    if (item instanceof TableRef<?> t) {
      out.addTable(t);
    }
  }

  private static void fromList(Out out, List<FromItem> items) {
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      fromItem(out, items.get(i));
    }
  }

  static void fromItem(Out out, FromItem item) {
    if (item instanceof TableRef<?> t) {
      out.table(t.table().name());
      if (t.alias() != null) {
        out.sql(" AS ").ident(t.alias());
      }
    } else if (item instanceof DerivedTable d) {
      out.sql(d.lateral() ? "LATERAL (" : "(");
      statement(out, d.query());
      out.sql(") AS ").ident(d.alias());
    } else if (item instanceof FunctionTable f) {
      if (f.lateral()) {
        out.sql("LATERAL ");
      }
      Exprs.expr(out, f.call());
      if (f.ordinality()) {
        out.sql(" WITH ORDINALITY");
      }
      out.sql(" AS ").ident(f.alias());
      names(out, f.columns());
    } else if (item instanceof Cte c) {
      out.ident(c.name());
    } else if (item instanceof CteRef c) {
      out.ident(c.name());
    } else {
      throw new IllegalArgumentException("cannot render FROM item " + item.getClass().getName());
    }
  }

  private static void joins(Out out, List<Join> joins) {
    for (Join j : joins) {
      out.sql(' ').sql(j.type().sql()).sql(' ');
      fromItem(out, j.item());
      if (j.type() != Join.Type.CROSS) {
        out.sql(" ON ");
        Exprs.expr(out, j.on().isNone() ? Condition.alwaysTrue() : j.on());
      }
    }
  }

  private static void where(Out out, String keyword, Condition c) {
    if (!c.isNone()) {
      out.sql(keyword);
      Exprs.expr(out, c);
    }
  }

  private static void returning(Out out, List<Expr<?>> items) {
    if (items.isEmpty()) {
      return;
    }
    out.sql(" RETURNING ");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      Exprs.item(out, items.get(i));
    }
  }

  private static void target(Out out, TableRef<?> t) {
    out.table(t.table().name());
    if (t.alias() != null) {
      out.sql(" AS ").ident(t.alias());
    }
  }

  private static void columnNames(Out out, List<? extends ColumnMeta<?, ?>> columns) {
    out.sql('(');
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      out.ident(columns.get(i).name());
    }
    out.sql(')');
  }

  private static void insert(Out out, InsertNode n) {
    with(out, n.with(), n.recursive());
    out.enter();
    out.addTable(n.table());
    out.sql("INSERT INTO ");
    target(out, n.table());
    if (n.columns().isEmpty() && n.query() == null) {
      out.sql(" DEFAULT VALUES");
    } else {
      if (!n.columns().isEmpty()) {
        out.sql(' ');
        columnNames(out, n.columns());
      }
      if (n.query() != null) {
        out.sql(' ');
        out.enter();
        statement(out, n.query());
        out.leave();
      } else {
        out.sql(" VALUES ");
        for (int r = 0; r < n.rows().size(); r++) {
          out.sql(r == 0 ? "(" : ", (");
          Exprs.list(out, n.rows().get(r));
          out.sql(')');
        }
      }
    }
    if (n.onConflict() != null) {
      onConflict(out, n.onConflict());
    }
    returning(out, n.returning());
    out.leave();
  }

  private static void onConflict(Out out, OnConflict c) {
    out.sql(" ON CONFLICT");
    if (c.constraint() != null) {
      out.sql(" ON CONSTRAINT ").ident(c.constraint());
    } else if (!c.columns().isEmpty()) {
      out.sql(' ');
      columnNames(out, c.columns());
    }
    if (c.doNothing()) {
      out.sql(" DO NOTHING");
      return;
    }
    out.sql(" DO UPDATE SET ");
    assignments(out, c.set());
    where(out, " WHERE ", c.where());
  }

  private static void assignments(Out out, List<Assignment> set) {
    for (int i = 0; i < set.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      out.ident(set.get(i).column().name()).sql(" = ");
      Exprs.expr(out, set.get(i).value());
    }
  }

  private static void update(Out out, UpdateNode n) {
    with(out, n.with(), n.recursive());
    out.enter();
    out.addTable(n.table());
    n.from().forEach(f -> scope(out, f));
    n.joins().forEach(j -> scope(out, j.item()));
    out.sql("UPDATE ");
    target(out, n.table());
    out.sql(" SET ");
    assignments(out, n.set());
    if (!n.from().isEmpty()) {
      out.sql(" FROM ");
      fromList(out, n.from());
    }
    joins(out, n.joins());
    where(out, " WHERE ", n.where());
    returning(out, n.returning());
    out.leave();
  }

  private static void delete(Out out, DeleteNode n) {
    with(out, n.with(), n.recursive());
    out.enter();
    out.addTable(n.table());
    n.using().forEach(f -> scope(out, f));
    out.sql("DELETE FROM ");
    target(out, n.table());
    if (!n.using().isEmpty()) {
      out.sql(" USING ");
      fromList(out, n.using());
    }
    where(out, " WHERE ", n.where());
    returning(out, n.returning());
    out.leave();
  }
}
