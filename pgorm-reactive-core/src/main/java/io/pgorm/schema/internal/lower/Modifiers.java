package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks type modifiers against PostgreSQL's limits. */
final class Modifiers {

  private static final int MAX_LENGTH = 10_485_760;

  private Modifiers() {}

  /** The IR modifiers of a type, or null after an error. */
  static @Nullable List<String> check(TypeRef t, TypeCatalog.Known known, Ctx ctx) {
    List<String> mods = t.modifiers();
    String name = known.canonical();
    switch (known.modifiers()) {
      case NONE:
        if (!mods.isEmpty()) {
          ctx.error(t.pos(), "type '" + name + "' takes no modifiers");
          return null;
        }
        return List.of();
      case NUMERIC:
        if (mods.size() > 2) {
          ctx.error(
              t.pos(),
              "numeric takes (precision) or (precision, scale), not " + mods.size() + " modifiers");
          return null;
        }
        if (mods.size() >= 1 && !inRange(mods.get(0), 1, 1000)) {
          ctx.error(t.pos(), "numeric precision must be between 1 and 1000, not " + mods.get(0));
          return null;
        }
        if (mods.size() == 2 && !inRange(mods.get(1), -1000, 1000)) {
          ctx.error(t.pos(), "numeric scale must be between -1000 and 1000, not " + mods.get(1));
          return null;
        }
        return mods;
      case LENGTH:
        return one(t, name, mods, 1, MAX_LENGTH, "length", ctx);
      case PRECISION:
        return one(t, name, mods, 0, 6, "precision", ctx);
      case DIMENSION:
        return one(t, name, mods, 1, 16_000, "dimension", ctx);
      case INTERVAL:
        {
          List<String> p = one(t, name, mods, 0, 6, "precision", ctx);
          if (p == null) {
            return null;
          }
          List<String> out = new ArrayList<>(2);
          if (t.intervalFields() != null) {
            out.add(t.intervalFields());
          }
          out.addAll(p);
          return out;
        }
      default:
        if (mods.size() > 2) {
          ctx.error(t.pos(), "type '" + name + "' takes at most two modifiers");
          return null;
        }
        return mods;
    }
  }

  private static @Nullable List<String> one(
      TypeRef t, String name, List<String> mods, int min, int max, String what, Ctx ctx) {
    if (mods.isEmpty()) {
      return List.of();
    }
    if (mods.size() > 1) {
      ctx.error(
          t.pos(), "type '" + name + "' takes one modifier (the " + what + "), not " + mods.size());
      return null;
    }
    if (!inRange(mods.get(0), min, max)) {
      ctx.error(
          t.pos(),
          name + " " + what + " must be between " + min + " and " + max + ", not " + mods.get(0));
      return null;
    }
    return mods;
  }

  private static boolean inRange(String text, int min, int max) {
    try {
      long v = Long.parseLong(text);
      return v >= min && v <= max;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
