package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.SqlShape;

/**
 * SQL text in the two written forms: a bare attribute argument, and text in parentheses. Checks
 * that the text is lexically complete SQL, because only such text can be written back.
 */
final class SqlText {

  private SqlText() {}

  /**
   * As an attribute argument: bare, unless a top-level comma or a wrapping pair of parentheses
   * (which the parser would take away) needs another pair.
   */
  static String argument(String sql) {
    check(sql);
    boolean wrap = SqlShape.isWrapped(sql) || SqlShape.hasTopLevelComma(sql);
    String text = endLine(sql);
    return wrap ? "(" + text + ")" : text;
  }

  /** In parentheses. */
  static String parenthesized(String sql) {
    check(sql);
    return "(" + endLine(sql) + ")";
  }

  /** A line comment at the end would swallow what follows: end the line. */
  private static String endLine(String sql) {
    return SqlShape.endsInLineComment(sql) ? sql + "\n" : sql;
  }

  private static void check(String sql) {
    if (sql.isEmpty() || !sql.strip().equals(sql)) {
      throw new IllegalArgumentException(
          "SQL text must be non-empty and have no surrounding blanks: '" + sql + "'");
    }
    String problem = SqlShape.problem(sql);
    if (problem != null) {
      throw new IllegalArgumentException(
          "cannot write SQL text that is not lexically complete (" + problem + "): " + sql);
    }
  }
}
