package io.pgorm.migrate.sql;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.TypeRef;
import java.util.List;

/** Identifiers, literals and type names as PostgreSQL reads them. */
public final class SqlText {

  private SqlText() {}

  /**
   * The identifier as SQL: bare when PostgreSQL would read it back unchanged (lower-case ASCII
   * letters, digits and underscores, not starting with a digit, not a keyword other than an
   * unreserved one), else in double quotes with inner quotes doubled. The same rule as the server's
   * {@code quote_ident}, so non-ASCII names are quoted too.
   */
  public static String quoteIdent(String name) {
    return Identifiers.quote(name);
  }

  /** {@code schema.name}, each part quoted where needed. */
  public static String qualified(QualifiedName name) {
    return quoteIdent(name.schema()) + "." + quoteIdent(name.name());
  }

  /**
   * A dotted name kept as one string in the IR (a collation or operator class, {@code "C"} or
   * {@code ext.gist_trgm_ops}): split at the first dot and quote each part.
   */
  public static String dotted(String name) {
    int dot = name.indexOf('.');
    if (dot < 0) {
      return quoteIdent(name);
    }
    return quoteIdent(name.substring(0, dot)) + "." + quoteIdent(name.substring(dot + 1));
  }

  /** A string literal: {@code 'it''s'}. Backslashes are plain characters (standard strings). */
  public static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** Quoted identifiers joined by {@code ", "}. */
  public static String identList(List<String> names) {
    StringBuilder b = new StringBuilder();
    for (String n : names) {
      if (b.length() > 0) {
        b.append(", ");
      }
      b.append(quoteIdent(n));
    }
    return b.toString();
  }

  /**
   * A type as SQL: built-in types by their name with modifiers ({@code varchar(20)}, {@code
   * timestamptz(3)}, {@code interval day to second(3)}), other types schema-qualified, then one
   * {@code []} per array dimension.
   */
  public static String typeName(TypeRef type) {
    StringBuilder b = new StringBuilder();
    List<String> mods = type.modifiers();
    String schema = type.schema();
    if (schema == null) {
      b.append(type.name());
      if (type.name().equals("interval") && !mods.isEmpty() && !isNumber(mods.get(0))) {
        b.append(' ').append(mods.get(0));
        mods = mods.subList(1, mods.size());
      }
    } else {
      b.append(quoteIdent(schema)).append('.').append(quoteIdent(type.name()));
    }
    if (!mods.isEmpty()) {
      b.append('(').append(String.join(",", mods)).append(')');
    }
    b.append("[]".repeat(type.arrayDimensions()));
    return b.toString();
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
