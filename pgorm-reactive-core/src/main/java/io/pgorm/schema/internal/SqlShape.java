package io.pgorm.schema.internal;

import org.jspecify.annotations.Nullable;

/** What the printer needs to know about the shape of SQL text, from the scanner's rules. */
public final class SqlShape {

  private SqlShape() {}

  /** Whether the whole text is one parenthesised group. */
  public static boolean isWrapped(String sql) {
    return SqlScanner.isWrapped(sql);
  }

  public static boolean hasTopLevelComma(String sql) {
    return !SqlScanner.topLevelCommas(sql).isEmpty();
  }

  /** Whether a {@code --} comment runs to the end of the text. */
  public static boolean endsInLineComment(String sql) {
    String wrapped = "(" + sql + ")";
    SqlScanner.Result r = SqlScanner.balanced(wrapped, 0);
    return r.error() != null || r.end() != wrapped.length() - 1;
  }

  /**
   * Whether the text is one function call, {@code name(...)} or {@code schema.name(...)}: what
   * PostgreSQL writes without parentheses of its own in an index or exclusion element.
   */
  public static boolean looksLikeFunction(String sql) {
    int i = 0;
    while (i < sql.length() && (Lexer.isIdentPart(sql.charAt(i)) || sql.charAt(i) == '.')) {
      i++;
    }
    if (i == 0 || !Lexer.isIdentStart(sql.charAt(0)) || i >= sql.length() || sql.charAt(i) != '(') {
      return false;
    }
    SqlScanner.Result r = SqlScanner.balanced(sql, i);
    return r.error() == null && r.end() == sql.length() - 1;
  }

  /** Why the text is not lexically complete SQL, or null if it is. */
  public static @Nullable String problem(String sql) {
    String wrapped = "(" + sql + "\n)";
    SqlScanner.Result r = SqlScanner.balanced(wrapped, 0);
    if (r.error() != null) {
      return r.error();
    }
    return r.end() == wrapped.length() - 1 ? null : "a ')' closes more than it opened";
  }
}
