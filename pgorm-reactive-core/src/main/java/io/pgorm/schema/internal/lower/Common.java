package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Argument values shared by several attributes. */
final class Common {

  private Common() {}

  static Deferrability deferrability(Args args) {
    String w = args.word(args.value("deferrable"), "'deferrable:'", "immediate", "deferred");
    if (w == null) {
      return Deferrability.NOT_DEFERRABLE;
    }
    return w.equals("deferred")
        ? Deferrability.INITIALLY_DEFERRED
        : Deferrability.INITIALLY_IMMEDIATE;
  }

  static ForeignKeyAction action(Args args, String name) {
    Value v = args.value(name);
    if (v instanceof Value.Call call
        && call.name().isSimple()
        && (call.name().last().text().equals("setNull")
            || call.name().last().text().equals("setDefault"))) {
      if (!name.equals("onDelete")) {
        args.wrong(
            v,
            "'" + name + ":'",
            "setNull or setDefault without columns (only onDelete: takes them)");
        return ForeignKeyAction.NO_ACTION;
      }
      return call.name().last().text().equals("setNull")
          ? ForeignKeyAction.SET_NULL
          : ForeignKeyAction.SET_DEFAULT;
    }
    String w =
        args.word(v, "'" + name + ":'", "noAction", "restrict", "cascade", "setNull", "setDefault");
    if (w == null) {
      return ForeignKeyAction.NO_ACTION;
    }
    return switch (w) {
      case "restrict" -> ForeignKeyAction.RESTRICT;
      case "cascade" -> ForeignKeyAction.CASCADE;
      case "setNull" -> ForeignKeyAction.SET_NULL;
      case "setDefault" -> ForeignKeyAction.SET_DEFAULT;
      default -> ForeignKeyAction.NO_ACTION;
    };
  }

  /** The columns of {@code onDelete: setNull(a, b)} or {@code setDefault(a, b)}; else empty. */
  static List<String> actionColumns(Args args, String name) {
    Value v = args.value(name);
    List<String> out = new ArrayList<>();
    if (v instanceof Value.Call call && name.equals("onDelete")) {
      for (io.pgorm.schema.internal.ast.Arg a : call.args()) {
        if (a.name() == null && a.value() instanceof Value.Name n && n.name().isSimple()) {
          out.add(n.name().last().text());
        } else {
          args.wrong(a.value(), "'" + name + ":'", "column names, as in setNull(author_id)");
          return List.of();
        }
      }
      if (out.isEmpty()) {
        args.wrong(v, "'" + name + ":'", "at least one column, as in setNull(author_id)");
      }
    }
    return out;
  }

  static ForeignKeyMatch match(Args args) {
    Value v = args.value("match");
    if (v instanceof Value.Name n
        && n.name().isSimple()
        && n.name().last().text().equals("partial")) {
      args.wrong(v, "'match:'", "simple or full (PostgreSQL does not implement MATCH PARTIAL)");
      return ForeignKeyMatch.SIMPLE;
    }
    String w = args.word(v, "'match:'", "simple", "full");
    return "full".equals(w) ? ForeignKeyMatch.FULL : ForeignKeyMatch.SIMPLE;
  }

  static boolean flag(Args args, String name) {
    Boolean b = args.bool(args.value(name), "'" + name + ":'");
    return b != null && b;
  }

  static @Nullable String optionalName(Args args, String name) {
    return args.name(args.value(name), "'" + name + ":'");
  }

  /** {@code {key: value, ...}} as text values. */
  static Map<String, String> parameters(Args args, @Nullable Value v, String what) {
    Map<String, String> out = new LinkedHashMap<>();
    if (v == null) {
      return out;
    }
    if (!(v instanceof Value.MapOf m)) {
      args.wrong(v, what, "{name: value, ...}");
      return out;
    }
    for (io.pgorm.schema.internal.ast.Arg e : m.entries()) {
      String key = e.name() == null ? "" : e.name().text();
      String text = text(args, e.value(), what);
      if (text != null) {
        if (out.put(key, text) != null) {
          args.wrong(e.value(), what, "each parameter once");
        }
      }
    }
    return out;
  }

  /** A parameter value as text: a name, number or string. */
  static @Nullable String text(Args args, Value v, String what) {
    if (v instanceof Value.Num n) {
      return n.text();
    } else if (v instanceof Value.Str s) {
      return s.text();
    } else if (v instanceof Value.Name n && n.name().isSimple()) {
      return n.name().last().text();
    }
    return args.wrong(v, what, "a name, number or string");
  }
}
