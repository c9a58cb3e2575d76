package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.ViewDecl;
import io.pgorm.schema.ir.Index;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Views and materialized views. */
final class ViewLowering {

  private static final Set<String> VIEW_OPTIONS =
      Set.of("check_option", "security_barrier", "security_invoker");

  private final Lowering lowering;

  ViewLowering(Lowering lowering) {
    this.lowering = lowering;
  }

  ViewDraft view(Located<ViewDecl> l) {
    ViewDecl v = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    ViewDraft d = new ViewDraft(l.name(), ctx, v.materialized(), v.query().text());
    d.comment = v.doc();
    for (Member m : v.members()) {
      if (m instanceof Member.Field f) {
        field(d, f, l.schema(), ctx);
      } else {
        block(d, (Member.BlockAttr) m, ctx);
      }
    }
    return d;
  }

  private void field(ViewDraft d, Member.Field f, String schema, Ctx ctx) {
    String name = f.name().text();
    if (d.columnNames().contains(name)) {
      ctx.error(f.name().pos(), "duplicate column '" + name + "' in " + d.display());
      return;
    }
    if (f.nullable()) {
      ctx.error(
          f.type().pos(),
          "the columns of a view are always nullable in PostgreSQL; drop the '?' after '"
              + f.type().name()
              + "'");
    }
    String collation = null;
    for (Attribute a : f.attributes()) {
      if (a.name().text().equals("collate")) {
        Args args = new Args(a, ctx, 1);
        var q = args.require(0, "a collation") ? args.qname(args.value(0), "the collation") : null;
        collation = q == null ? null : q.toString();
      } else {
        ctx.error(
            a.pos(),
            "a view column takes only @collate; " + a.display() + " is not supported there");
      }
    }
    TypeResolver.Resolved r = lowering.types.resolve(f.type(), schema, ctx, TypeResolver.Use.OTHER);
    if (r != null) {
      d.columns.add(new io.pgorm.schema.ir.Attribute(name, r.type(), collation, f.doc()));
    }
  }

  private static void block(ViewDraft d, Member.BlockAttr m, Ctx ctx) {
    Attribute a = m.attribute();
    String name = a.name().text();
    if (m.doc() != null && !name.equals("index")) {
      ctx.error(a.pos(), "a doc comment before " + a.display() + " has nothing to describe");
    }
    switch (name) {
      case "index" -> {
        if (!d.materialized) {
          ctx.error(
              a.pos(), "only a materialized view has indexes; " + d.display() + " is a plain view");
          return;
        }
        List<Pending<Index>> index = BlockLowering.index(ctx, a, m.doc());
        d.indexes.addAll(index);
      }
      case "with" -> {
        String[] keys =
            a.args().stream()
                .filter(x -> x.name() != null)
                .map(x -> x.name().text())
                .toArray(String[]::new);
        Args args = new Args(a, ctx, 0, keys);
        Map<String, String> options =
            Common.parameters(
                args,
                new io.pgorm.schema.internal.ast.Value.MapOf(a.args(), a.pos()),
                "the options");
        for (var e : options.entrySet()) {
          if (!d.materialized && !VIEW_OPTIONS.contains(e.getKey())) {
            ctx.error(
                a.pos(),
                "unknown view option '"
                    + e.getKey()
                    + "'"
                    + Suggest.didYouMean(e.getKey(), VIEW_OPTIONS)
                    + " (a view takes check_option, security_barrier, security_invoker)");
          } else {
            d.options.put(e.getKey(), e.getValue());
          }
        }
      }
      case "withNoData" -> {
        new Args(a, ctx, 0);
        if (!d.materialized) {
          ctx.error(
              a.pos(),
              "only a materialized view is created empty; " + d.display() + " is a plain view");
        } else if (d.withNoData) {
          ctx.error(a.pos(), a.display() + " is given twice");
        }
        d.withNoData = d.materialized;
      }
      case "renamedFrom" -> d.renamedFrom = ColumnLowering.renamedFrom(a, ctx);
      case "java" -> d.javaName = Common.optionalName(new Args(a, ctx, 0, "name"), "name");
      default ->
          ctx.error(
              a.pos(),
              "unknown attribute "
                  + a.display()
                  + " in "
                  + d.display()
                  + Suggest.didYouMean(
                      name, List.of("index", "with", "withNoData", "renamedFrom", "java"))
                  + " (it takes: @@index, @@with, @@withNoData, @@renamedFrom, @@java)");
    }
  }
}
