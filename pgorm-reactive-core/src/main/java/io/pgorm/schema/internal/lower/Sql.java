package io.pgorm.schema.internal.lower;

import java.util.Set;

/** Writing names as SQL: quoted only where PostgreSQL needs it. */
public final class Sql {

  /** Words PostgreSQL reserves, which must be quoted as names. */
  private static final Set<String> RESERVED =
      Set.of(
          "all",
          "analyse",
          "analyze",
          "and",
          "any",
          "array",
          "as",
          "asc",
          "asymmetric",
          "both",
          "case",
          "cast",
          "check",
          "collate",
          "column",
          "constraint",
          "create",
          "current_catalog",
          "current_date",
          "current_role",
          "current_time",
          "current_timestamp",
          "current_user",
          "default",
          "deferrable",
          "desc",
          "distinct",
          "do",
          "else",
          "end",
          "except",
          "false",
          "fetch",
          "for",
          "foreign",
          "from",
          "grant",
          "group",
          "having",
          "in",
          "initially",
          "intersect",
          "into",
          "lateral",
          "leading",
          "limit",
          "localtime",
          "localtimestamp",
          "not",
          "null",
          "offset",
          "on",
          "only",
          "or",
          "order",
          "placing",
          "primary",
          "references",
          "returning",
          "select",
          "session_user",
          "some",
          "symmetric",
          "system_user",
          "table",
          "then",
          "to",
          "trailing",
          "true",
          "union",
          "unique",
          "user",
          "using",
          "variadic",
          "when",
          "where",
          "window",
          "with");

  private Sql() {}

  /**
   * An expression in parentheses, with a line end before the closing one when the expression ends
   * in a {@code --} comment.
   */
  public static String wrap(String expression) {
    return "("
        + expression
        + (io.pgorm.schema.internal.SqlShape.endsInLineComment(expression) ? "\n" : "")
        + ")";
  }

  /**
   * An exclusion element's expression as PostgreSQL writes it: a function call as is, anything else
   * in parentheses.
   */
  public static String element(String expression) {
    return io.pgorm.schema.internal.SqlShape.looksLikeFunction(expression)
        ? expression
        : wrap(expression);
  }

  /**
   * The name an SQL identifier ({@code room}, {@code "Room"}) stands for, or null for other SQL.
   */
  public static @org.jspecify.annotations.Nullable String identName(String sql) {
    if (sql.length() >= 2 && sql.startsWith("\"") && sql.endsWith("\"")) {
      String inner = sql.substring(1, sql.length() - 1);
      return inner.replace("\"\"", "").contains("\"") ? null : inner.replace("\"\"", "\"");
    }
    return plain(sql) ? sql : null;
  }

  /** {@code name} as is when PostgreSQL reads it back unchanged, else in double quotes. */
  public static String ident(String name) {
    return plain(name) ? name : "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /**
   * Lower-case letters, digits, {@code _} and {@code $}, not starting with a digit or {@code $},
   * not reserved.
   */
  public static boolean plain(String name) {
    if (name.isEmpty() || RESERVED.contains(name)) {
      return false;
    }
    char first = name.charAt(0);
    if (!(first >= 'a' && first <= 'z' || first == '_')) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '$')) {
        return false;
      }
    }
    return true;
  }
}
