package io.pgorm.schema.internal.lower;

import io.pgorm.schema.ir.TypeRef;

/** How IR types read in messages. */
public final class Types {

  private Types() {}

  /** {@code numeric(10, 2)}, {@code billing.status[]}, {@code interval day to second(3)}. */
  public static String display(TypeRef t) {
    StringBuilder out = new StringBuilder();
    if (t.schema() != null && !t.schema().equals(Symbols.PUBLIC)) {
      out.append(t.schema()).append('.');
    }
    out.append(t.name());
    java.util.List<String> mods = t.modifiers();
    if (t.name().equals("interval")
        && t.schema() == null
        && !mods.isEmpty()
        && !isNumber(mods.get(0))) {
      out.append(' ').append(mods.get(0));
      mods = mods.subList(1, mods.size());
    }
    if (!mods.isEmpty()) {
      out.append('(').append(String.join(", ", mods)).append(')');
    }
    out.append("[]".repeat(t.arrayDimensions()));
    return out.toString();
  }

  static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-');
  }
}
