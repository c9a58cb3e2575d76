package io.pgorm.query.render;

import io.pgorm.query.expr.Aliased;
import io.pgorm.query.expr.Call;
import io.pgorm.query.expr.Case;
import io.pgorm.query.expr.Cast;
import io.pgorm.query.expr.ColumnRef;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Junction;
import io.pgorm.query.expr.Not;
import io.pgorm.query.expr.Op;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.Pred;
import io.pgorm.query.expr.RowValue;
import io.pgorm.query.expr.Shape;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.expr.Subquery;
import io.pgorm.query.expr.Window;
import io.pgorm.query.meta.ColumnMeta;
import java.util.List;

/** Renders expressions. */
final class Exprs {

  private Exprs() {}

  static void expr(Out out, Expr<?> e) {
    if (e instanceof ColumnMeta<?, ?> c) {
      out.column(c);
    } else if (e instanceof Param<?> p) {
      out.param(p);
    } else if (e instanceof Pred p) {
      shaped(out, p.shape(), p.args());
    } else if (e instanceof Op<?> o) {
      shaped(out, o.shape(), o.args());
    } else if (e instanceof Junction j) {
      junction(out, j);
    } else if (e instanceof Not n) {
      out.sql("NOT (");
      expr(out, n.condition());
      out.sql(')');
    } else if (e instanceof ColumnRef<?> r) {
      if (r.qualifier() == null) {
        out.sql("EXCLUDED");
      } else {
        out.ident(r.qualifier());
      }
      out.sql('.').ident(r.column());
    } else if (e instanceof Call<?> c) {
      call(out, c);
    } else if (e instanceof Cast<?> c) {
      out.sql("CAST(");
      expr(out, c.expr());
      out.sql(" AS ").sql(c.type().toString()).sql(')');
    } else if (e instanceof Subquery<?> s) {
      out.sql('(');
      Statements.statement(out, s.query());
      out.sql(')');
    } else if (e instanceof Case<?> c) {
      caseExpr(out, c);
    } else if (e instanceof RowValue r) {
      out.sql(r.items().size() == 1 ? "ROW(" : "(");
      list(out, r.items());
      out.sql(')');
    } else if (e instanceof Aliased<?> a) {
      expr(out, a.expr());
    } else {
      throw new IllegalArgumentException(
          "cannot render " + e.getClass().getName() + ": not a node of io.pgorm.query.expr");
    }
  }

  /** A select-list item: the expression, with {@code AS "alias"} when it has one. */
  static void item(Out out, Expr<?> e) {
    expr(out, e);
    if (e instanceof Aliased<?> a) {
      out.sql(" AS ").ident(a.alias());
    }
  }

  static void list(Out out, List<? extends Expr<?>> exprs) {
    for (int i = 0; i < exprs.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      expr(out, exprs.get(i));
    }
  }

  private static void shaped(Out out, Shape shape, List<Expr<?>> args) {
    List<String> parts = shape.parts();
    out.sql(parts.get(0));
    for (int i = 0; i < args.size(); i++) {
      Expr<?> arg = args.get(i);
      boolean paren = shape.isOperator() && isOperator(arg);
      if (paren) {
        out.sql('(');
      }
      expr(out, arg);
      if (paren) {
        out.sql(')');
      }
      out.sql(parts.get(i + 1));
    }
  }

  private static boolean isOperator(Expr<?> e) {
    return (e instanceof Pred p && p.shape().isOperator())
        || (e instanceof Op<?> o && o.shape().isOperator())
        || e instanceof Junction
        || e instanceof Not;
  }

  private static void junction(Out out, Junction j) {
    if (j.conditions().isEmpty()) {
      out.sql("TRUE");
      return;
    }
    String sep = j.and() ? " AND " : " OR ";
    for (int i = 0; i < j.conditions().size(); i++) {
      if (i > 0) {
        out.sql(sep);
      }
      Expr<?> c = j.conditions().get(i);
      boolean paren = c instanceof Junction;
      if (paren) {
        out.sql('(');
      }
      expr(out, c);
      if (paren) {
        out.sql(')');
      }
    }
  }

  private static void call(Out out, Call<?> c) {
    if (c.name().schema() != null) {
      out.ident(c.name().schema()).sql('.').ident(c.name().name());
    } else {
      out.sql(c.name().name());
    }
    out.sql('(');
    if (c.distinctArgs()) {
      out.sql("DISTINCT ");
    }
    if (c.star()) {
      out.sql('*');
    } else {
      list(out, c.args());
    }
    if (!c.orderBy().isEmpty()) {
      out.sql(" ORDER BY ");
      orderBy(out, c.orderBy());
    }
    out.sql(')');
    if (!c.filter().isNone()) {
      out.sql(" FILTER (WHERE ");
      expr(out, c.filter());
      out.sql(')');
    }
    if (c.over() != null) {
      out.sql(" OVER (");
      window(out, c.over());
      out.sql(')');
    }
  }

  static void window(Out out, Window w) {
    String sep = "";
    if (!w.partitionBy().isEmpty()) {
      out.sql("PARTITION BY ");
      list(out, w.partitionBy());
      sep = " ";
    }
    if (!w.orderBy().isEmpty()) {
      out.sql(sep).sql("ORDER BY ");
      orderBy(out, w.orderBy());
      sep = " ";
    }
    if (w.frame() != null) {
      Window.Frame f = w.frame();
      out.sql(sep).sql(f.unit().name()).sql(" BETWEEN ");
      bound(out, f.start());
      out.sql(" AND ");
      bound(out, f.end());
    }
  }

  private static void bound(Out out, Window.Bound b) {
    switch (b.kind()) {
      case UNBOUNDED_PRECEDING -> out.sql("UNBOUNDED PRECEDING");
      case UNBOUNDED_FOLLOWING -> out.sql("UNBOUNDED FOLLOWING");
      case CURRENT_ROW -> out.sql("CURRENT ROW");
      case OFFSET ->
          out.sql(Long.toString(Math.abs(b.offset())))
              .sql(b.offset() < 0 ? " PRECEDING" : " FOLLOWING");
    }
  }

  static void orderBy(Out out, List<SortField> order) {
    for (int i = 0; i < order.size(); i++) {
      if (i > 0) {
        out.sql(", ");
      }
      SortField s = order.get(i);
      expr(out, s.expr());
      if (s.descending()) {
        out.sql(" DESC");
      }
      switch (s.nulls()) {
        case FIRST -> out.sql(" NULLS FIRST");
        case LAST -> out.sql(" NULLS LAST");
        case DEFAULT -> {}
      }
    }
  }

  private static void caseExpr(Out out, Case<?> c) {
    out.sql("CASE");
    for (Case.Branch<?> b : c.branches()) {
      out.sql(" WHEN ");
      expr(out, b.when());
      out.sql(" THEN ");
      expr(out, b.then());
    }
    if (c.otherwise() != null) {
      out.sql(" ELSE ");
      expr(out, c.otherwise());
    }
    out.sql(" END");
  }
}
