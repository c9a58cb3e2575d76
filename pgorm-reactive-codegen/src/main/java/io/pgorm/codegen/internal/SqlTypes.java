package io.pgorm.codegen.internal;

import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;
import java.util.regex.Pattern;

/** SQL text of types and names, quoted where PostgreSQL needs quotes. */
public final class SqlTypes {

  private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_$]*");

  private SqlTypes() {}

  /**
   * {@code numeric(10,2)}, {@code text[]}, {@code interval day to second(3)}, {@code
   * shop."Status"}: user types schema-qualified, built-in types by their canonical name.
   */
  public static String sql(TypeRef type) {
    StringBuilder out = new StringBuilder();
    if (type.schema() != null) {
      out.append(ident(type.schema())).append('.').append(ident(type.name()));
    } else {
      out.append(type.name());
    }
    List<String> modifiers = type.modifiers();
    if (!modifiers.isEmpty()
        && !modifiers.get(0).isEmpty()
        && Character.isLetter(modifiers.get(0).charAt(0))) {
      // interval fields come before the precision: interval day to second(3)
      out.append(' ').append(modifiers.get(0));
      modifiers = modifiers.subList(1, modifiers.size());
    }
    if (!modifiers.isEmpty()) {
      out.append('(').append(String.join(",", modifiers)).append(')');
    }
    out.append("[]".repeat(type.arrayDimensions()));
    return out.toString();
  }

  /** {@code schema.name}, each part quoted when needed. */
  public static String sql(QualifiedName name) {
    return ident(name.schema()) + "." + ident(name.name());
  }

  /** An identifier, double-quoted unless it is lower-case letters, digits and underscores. */
  public static String ident(String name) {
    return SIMPLE.matcher(name).matches() ? name : '"' + name.replace("\"", "\"\"") + '"';
  }
}
