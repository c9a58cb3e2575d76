package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.RoutineDecl;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.Volatility;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Functions and procedures. */
final class RoutineLowering {

  private final Lowering lowering;

  RoutineLowering(Lowering lowering) {
    this.lowering = lowering;
  }

  @Nullable Routine routine(Located<RoutineDecl> l) {
    RoutineDecl r = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    String what = (r.procedure() ? "procedure '" : "function '") + Symbols.display(l.name()) + "'";
    boolean ok = true;
    List<RoutineArg> args = new ArrayList<>();
    List<String> argNames = new ArrayList<>();
    for (RoutineDecl.Param p : r.params()) {
      ArgMode mode =
          p.mode() == null ? ArgMode.IN : ArgMode.valueOf(p.mode().toUpperCase(Locale.ROOT));
      TypeResolver.Resolved t =
          lowering.types.resolve(p.type(), l.schema(), ctx, TypeResolver.Use.ROUTINE);
      Ident name = p.name();
      if (name != null) {
        if (argNames.contains(name.text())) {
          ctx.error(name.pos(), "duplicate argument '" + name.text() + "' of " + what);
          ok = false;
        }
        argNames.add(name.text());
      }
      if (mode == ArgMode.OUT && p.defaultValue() != null) {
        ctx.error(p.defaultValue().pos(), "an out argument has no default");
        ok = false;
      }
      if (t == null) {
        ok = false;
        continue;
      }
      args.add(
          new RoutineArg(
              mode,
              name == null ? null : name.text(),
              t.type(),
              p.defaultValue() == null ? null : p.defaultValue().text()));
    }
    checkDefaults(r, args, ctx);
    if (r.language() == null) {
      ctx.error(
          r.name().pos(), what + " needs a language, such as 'language sql' or 'language plpgsql'");
      ok = false;
    }
    BigDecimal cost = number(r.cost(), "cost", r, ctx);
    BigDecimal rows = number(r.rows(), "rows", r, ctx);
    if (r.procedure()) {
      for (String[] clause :
          new String[][] {
            {r.leakproof() == null ? null : "x", "leakproof"},
            {r.cost(), "cost"},
            {r.rows(), "rows"}
          }) {
        if (clause[0] != null) {
          ctx.error(r.name().pos(), "a procedure takes no " + clause[1] + " clause");
          ok = false;
        }
      }
    } else if (rows != null
        && !(r.returns() instanceof RoutineDecl.ReturnsTable)
        && !(r.returns() instanceof RoutineDecl.ReturnsType t && t.setof())) {
      ctx.error(
          r.name().pos(),
          "'rows' applies only to a function that returns a set (returns setof or returns table)");
      ok = false;
    }
    ok &= r.cost() == null || cost != null;
    ok &= r.rows() == null || rows != null;
    RoutineReturn returns = null;
    if (r.procedure()) {
      for (String[] clause :
          new String[][] {
            {r.volatility() == null ? null : r.volatility(), "volatility"},
            {r.strict() == null ? null : "x", "strict / called on null input"},
            {r.parallel() == null ? null : r.parallel(), "parallel"}
          }) {
        if (clause[0] != null) {
          ctx.error(r.name().pos(), "a procedure takes no " + clause[1] + " clause");
          ok = false;
        }
      }
    } else {
      returns = returns(r, l, args, what, ctx);
      ok &= returns != null;
    }
    Map<String, String> settings = new LinkedHashMap<>();
    for (RoutineDecl.Setting s : r.settings()) {
      if (s.fromCurrent()) {
        ctx.error(
            s.pos(),
            "'set " + s.name().text() + " from current' is not supported: write the value");
        ok = false;
        continue;
      }
      if (settings.put(s.name().text(), settingValue(s)) != null) {
        ctx.error(s.pos(), "setting '" + s.name().text() + "' is given twice");
        ok = false;
      }
    }
    if (!ok || r.language() == null) {
      return null;
    }
    return new Routine(
        l.name(),
        r.procedure() ? RoutineKind.PROCEDURE : RoutineKind.FUNCTION,
        args,
        returns,
        r.language().text(),
        r.volatility() == null
            ? Volatility.VOLATILE
            : Volatility.valueOf(r.volatility().toUpperCase(Locale.ROOT)),
        r.strict() != null && r.strict(),
        "definer".equals(r.security()),
        r.parallel() == null
            ? ParallelSafety.UNSAFE
            : ParallelSafety.valueOf(r.parallel().toUpperCase(Locale.ROOT)),
        settings,
        r.body(),
        r.doc(),
        r.leakproof() != null && r.leakproof(),
        cost,
        rows);
  }

  /** A positive estimate ({@code cost} or {@code rows}), or null with an error when it is not. */
  private static @Nullable BigDecimal number(
      @Nullable String text, String clause, RoutineDecl r, Ctx ctx) {
    if (text == null) {
      return null;
    }
    try {
      BigDecimal n = new BigDecimal(text);
      if (n.signum() > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    ctx.error(r.name().pos(), "'" + clause + "' takes a positive number, not '" + text + "'");
    return null;
  }

  /** After an argument with a default, every input argument has one (PostgreSQL's rule). */
  private static void checkDefaults(RoutineDecl r, List<RoutineArg> args, Ctx ctx) {
    boolean seen = false;
    for (int i = 0; i < args.size() && i < r.params().size(); i++) {
      RoutineArg a = args.get(i);
      if (a.mode() == ArgMode.OUT) {
        continue;
      }
      if (a.defaultExpression() != null) {
        seen = true;
      } else if (seen) {
        ctx.error(
            r.params().get(i).pos(), "input arguments after one with a default need a default too");
        return;
      }
    }
  }

  private @Nullable RoutineReturn returns(
      RoutineDecl r, Located<RoutineDecl> l, List<RoutineArg> args, String what, Ctx ctx) {
    RoutineDecl.Returns ret = r.returns();
    if (ret instanceof RoutineDecl.ReturnsType t) {
      TypeResolver.Resolved type =
          lowering.types.resolve(t.type(), l.schema(), ctx, TypeResolver.Use.ROUTINE);
      return type == null ? null : new RoutineReturn(type.type(), t.setof(), List.of());
    }
    if (ret instanceof RoutineDecl.ReturnsTable t) {
      List<Attribute> columns = new ArrayList<>();
      for (RoutineDecl.Param c : t.columns()) {
        TypeResolver.Resolved type =
            lowering.types.resolve(c.type(), l.schema(), ctx, TypeResolver.Use.OTHER);
        if (type == null) {
          return null;
        }
        columns.add(new Attribute(c.name() == null ? "" : c.name().text(), type.type(), null));
      }
      return new RoutineReturn(null, false, columns);
    }
    List<TypeRef> outs = new ArrayList<>();
    for (RoutineArg a : args) {
      if (a.mode() == ArgMode.OUT || a.mode() == ArgMode.INOUT) {
        outs.add(a.type());
      }
    }
    if (outs.isEmpty()) {
      ctx.error(r.name().pos(), what + " needs 'returns <type>' (or out arguments)");
      return null;
    }
    return RoutineReturn.of(outs.size() == 1 ? outs.get(0) : TypeRef.builtin("record"));
  }

  private static String settingValue(RoutineDecl.Setting s) {
    List<String> parts = new ArrayList<>();
    for (Value v : s.values()) {
      if (v instanceof Value.Name n) {
        Ident i = n.name().last();
        parts.add(i.quoted() ? "\"" + i.text().replace("\"", "\"\"") + "\"" : i.text());
      } else if (v instanceof Value.Str str) {
        parts.add(str.text());
      } else if (v instanceof Value.Num num) {
        parts.add(num.text());
      }
    }
    return String.join(", ", parts);
  }
}
