package io.pgorm.migrate.internal.plan;

import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a column type change costs: whether PostgreSQL rewrites the table, and whether values can be
 * lost (truncated, rounded, or failing to convert). Conservative: a change not known to be safe is
 * taken to rewrite and to lose.
 */
final class TypeChanges {

  /** Type to the types it converts to without losing a value. */
  private static final Map<String, Set<String>> WIDER =
      Map.of(
          "smallint", Set.of("integer", "bigint", "numeric", "real", "double precision", "text"),
          "integer", Set.of("bigint", "numeric", "double precision", "text"),
          "bigint", Set.of("numeric", "text"),
          "real", Set.of("double precision", "text"),
          "double precision", Set.of("text"),
          "numeric", Set.of("text"),
          "varchar", Set.of("text"),
          "timestamp", Set.of("timestamptz", "text"),
          "date", Set.of("timestamp", "timestamptz", "text"),
          "boolean", Set.of("text"));

  private TypeChanges() {}

  /** Whether the change can lose values. */
  static boolean lossy(TypeRef a, TypeRef b) {
    if (a.equals(b)) {
      return false;
    }
    if (a.arrayDimensions() != b.arrayDimensions() || a.schema() != null || b.schema() != null) {
      return true;
    }
    if (a.name().equals(b.name())) {
      return !widerModifiers(a.name(), a.modifiers(), b.modifiers());
    }
    if (!WIDER.getOrDefault(a.name(), Set.of()).contains(b.name())) {
      return true;
    }
    if (b.name().equals("numeric") && !b.modifiers().isEmpty()) {
      Integer digits = DIGITS.get(a.name());
      int p = Integer.parseInt(b.modifiers().get(0));
      int scale = b.modifiers().size() > 1 ? Integer.parseInt(b.modifiers().get(1)) : 0;
      return digits == null || p - scale < digits;
    }
    return (b.name().equals("varchar") || b.name().equals("char")) && !b.modifiers().isEmpty();
  }

  /** The integer digits a type's values can have, for conversions to constrained numeric. */
  private static final Map<String, Integer> DIGITS =
      Map.of("smallint", 5, "integer", 10, "bigint", 19);

  /** Whether the change rewrites the table (binary-compatible changes do not). */
  static boolean rewrites(TypeRef a, TypeRef b) {
    if (a.equals(b)) {
      return false;
    }
    if (a.arrayDimensions() != b.arrayDimensions()) {
      return true;
    }
    if (a.name().equals(b.name()) && a.schema() == null && b.schema() == null) {
      return switch (a.name()) {
        case "varchar", "varbit" -> !widerModifiers(a.name(), a.modifiers(), b.modifiers());
        case "numeric" -> !numericNoRewrite(a.modifiers(), b.modifiers());
        default -> !a.modifiers().equals(b.modifiers());
      };
    }
    return !(a.schema() == null
        && b.schema() == null
        && ((a.name().equals("varchar") && b.name().equals("text"))
            || (a.name().equals("text") && b.name().equals("varchar") && b.modifiers().isEmpty())));
  }

  private static boolean widerModifiers(String name, List<String> a, List<String> b) {
    if (b.isEmpty()) {
      return true;
    }
    if (a.isEmpty()) {
      return false;
    }
    if (name.equals("numeric")) {
      return numericWider(a, b);
    }
    try {
      return Integer.parseInt(b.get(b.size() - 1)) >= Integer.parseInt(a.get(a.size() - 1))
          && a.size() == b.size()
          && a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean numericWider(List<String> a, List<String> b) {
    int pa = Integer.parseInt(a.get(0));
    int sa = a.size() > 1 ? Integer.parseInt(a.get(1)) : 0;
    int pb = Integer.parseInt(b.get(0));
    int sb = b.size() > 1 ? Integer.parseInt(b.get(1)) : 0;
    return sb >= sa && pb - sb >= pa - sa;
  }

  private static boolean numericNoRewrite(List<String> a, List<String> b) {
    if (b.isEmpty()) {
      return true;
    }
    if (a.isEmpty()) {
      return false;
    }
    int sa = a.size() > 1 ? Integer.parseInt(a.get(1)) : 0;
    int sb = b.size() > 1 ? Integer.parseInt(b.get(1)) : 0;
    return sa == sb && Integer.parseInt(b.get(0)) >= Integer.parseInt(a.get(0));
  }
}
