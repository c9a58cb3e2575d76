package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Arg;
import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The arguments of one attribute, checked against what it takes: how many positional arguments,
 * which names; each getter checks the kind of value and reports a mismatch (returning null).
 */
final class Args {

  private final Attribute attribute;
  private final Ctx ctx;
  private final List<Arg> positional = new ArrayList<>();
  private final Map<String, Arg> named = new LinkedHashMap<>();

  /**
   * @param maxPositional how many positional arguments the attribute takes
   * @param names the named arguments it takes
   */
  /** Reports an error about this attribute at {@code v}. */
  void error(Value v, String message) {
    ctx.error(v.pos(), message);
  }

  Args(Attribute attribute, Ctx ctx, int maxPositional, String... names) {
    this.attribute = attribute;
    this.ctx = ctx;
    Set<String> allowed = new HashSet<>(List.of(names));
    for (Arg a : attribute.args()) {
      Ident name = a.name();
      if (name == null) {
        if (!named.isEmpty()) {
          ctx.error(a.pos(), "positional arguments of " + display() + " come before named ones");
        } else if (positional.size() >= maxPositional) {
          ctx.error(a.pos(), tooMany(maxPositional, names));
        } else {
          positional.add(a);
        }
      } else if (!allowed.contains(name.text())) {
        String known = names.length == 0 ? "none" : String.join(", ", names);
        ctx.error(
            name.pos(),
            "unknown argument '"
                + name.text()
                + "' of "
                + display()
                + Suggest.didYouMean(name.text(), allowed)
                + " (it takes: "
                + known
                + ")");
      } else if (named.containsKey(name.text())) {
        ctx.error(name.pos(), "argument '" + name.text() + "' of " + display() + " is given twice");
      } else {
        named.put(name.text(), a);
      }
    }
  }

  private String tooMany(int max, String[] names) {
    String takes =
        max == 0
            ? "no positional arguments"
            : max == 1 ? "one positional argument" : max + " positional arguments";
    String hint =
        names.length == 0
            ? ""
            : "; write the others as name: value (" + String.join(", ", names) + ")";
    return display() + " takes " + takes + hint;
  }

  String display() {
    return attribute.display();
  }

  Pos pos() {
    return attribute.pos();
  }

  boolean has(String name) {
    return named.containsKey(name);
  }

  int positionalCount() {
    return positional.size();
  }

  @Nullable Value value(int index) {
    return index < positional.size() ? positional.get(index).value() : null;
  }

  @Nullable Value value(String name) {
    Arg a = named.get(name);
    return a == null ? null : a.value();
  }

  @Nullable Pos argPos(String name) {
    Arg a = named.get(name);
    return a == null ? null : a.value().pos();
  }

  /** Reports a missing positional argument and returns false. */
  boolean require(int index, String what) {
    if (index < positional.size()) {
      return true;
    }
    ctx.error(attribute.pos(), display() + " needs " + what);
    return false;
  }

  // Kinds of value. Each returns null (after an error) when the value has another kind.

  @Nullable String name(@Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Name n && n.name().isSimple()) {
      return n.name().last().text();
    }
    return wrong(v, what, "a name");
  }

  @Nullable QName qname(@Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Name n) {
      return n.name();
    }
    return wrong(v, what, "a name");
  }

  @Nullable Boolean bool(@Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Name n && n.name().isSimple()) {
      String t = n.name().last().text();
      if (t.equals("true") || t.equals("false")) {
        return t.equals("true");
      }
    }
    return wrong(v, what, "true or false");
  }

  @Nullable Long number(@Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Num n) {
      try {
        return Long.parseLong(n.text());
      } catch (NumberFormatException e) {
        return wrong(v, what, "a whole number within 64 bits");
      }
    }
    return wrong(v, what, "a whole number");
  }

  @Nullable String sql(@Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Sql s) {
      return s.text();
    }
    return wrong(v, what, "SQL");
  }

  /** A list of names; a single name stands for a list of one. */
  @Nullable List<Ident> names(@Nullable Value v, String what) {
    if (v == null) {
      return null;
    }
    List<Value> items;
    if (v instanceof Value.ListOf l) {
      items = l.items();
    } else if (v instanceof Value.Name) {
      items = List.of(v);
    } else {
      return wrong(v, what, "a [list] of names");
    }
    List<Ident> out = new ArrayList<>();
    for (Value item : items) {
      if (item instanceof Value.Name n && n.name().isSimple()) {
        out.add(n.name().last());
      } else {
        return wrong(item, what, "a name");
      }
    }
    return out;
  }

  /** One of the given words. */
  @Nullable String word(@Nullable Value v, String what, String... words) {
    if (v == null) {
      return null;
    }
    if (v instanceof Value.Name n && n.name().isSimple()) {
      String t = n.name().last().text();
      for (String w : words) {
        if (w.equals(t)) {
          return t;
        }
      }
      ctx.error(
          v.pos(),
          "expected "
              + oneOf(words)
              + " for "
              + what
              + " of "
              + display()
              + ", found '"
              + t
              + "'"
              + Suggest.didYouMean(t, List.of(words)));
      return null;
    }
    return wrong(v, what, oneOf(words));
  }

  static String oneOf(String... words) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        out.append(i == words.length - 1 ? " or " : ", ");
      }
      out.append(words[i]);
    }
    return out.toString();
  }

  <T> @Nullable T wrong(Value v, String what, String expected) {
    ctx.error(
        v.pos(),
        "expected " + expected + " for " + what + " of " + display() + ", found " + describe(v));
    return null;
  }

  static String describe(Value v) {
    if (v instanceof Value.Name n) {
      return "'" + n.name() + "'";
    } else if (v instanceof Value.Call c) {
      return "'" + c.name() + "(...)'";
    } else if (v instanceof Value.Str s) {
      return "string '" + s.text() + "'";
    } else if (v instanceof Value.Num n) {
      return "number " + n.text();
    } else if (v instanceof Value.ListOf) {
      return "a list";
    } else if (v instanceof Value.MapOf) {
      return "a map";
    } else if (v instanceof Value.Sql) {
      return "SQL";
    }
    return "an index element";
  }
}
