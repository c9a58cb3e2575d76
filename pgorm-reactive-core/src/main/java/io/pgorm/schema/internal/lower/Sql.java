package io.pgorm.schema.internal.lower;

/** SQL text shapes the lowering writes (names go through {@link io.pgorm.schema.Identifiers}). */
public final class Sql {

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
}
