package io.pgorm.schema;

import java.util.Objects;

/**
 * One problem found in a schema file, at a position.
 *
 * @param file the file name as given to the parser, used as is in messages
 * @param line 1-based line number
 * @param column 1-based column, counted in code points (a tab counts as one)
 * @param message what is wrong and, where it helps, what was expected instead
 * @param sourceLine the text of the offending line, without its line terminator
 */
public record Diagnostic(String file, int line, int column, String message, String sourceLine) {

  /** Checks that positions are 1-based. */
  public Diagnostic {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(sourceLine, "sourceLine");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /**
   * Formats this diagnostic in three lines: {@code FILE:LINE:COL: message}, the offending line
   * behind a line-number gutter, and a caret under the column. Tabs before the column are kept in
   * the caret line so that the caret lines up in a terminal.
   *
   * <pre>
   * schema.pgorm:3:9: expected a type after column 'email', found '}'
   *     3 |   email }
   *       |         ^
   * </pre>
   */
  public String format() {
    String gutter = String.valueOf(line);
    StringBuilder out = new StringBuilder(message.length() + 2 * sourceLine.length() + 40);
    out.append(file).append(':').append(line).append(':').append(column).append(": ");
    out.append(message).append('\n');
    out.append("  ").append(gutter).append(" | ").append(sourceLine).append('\n');
    out.append("  ").append(" ".repeat(gutter.length())).append(" | ");
    int index = 0;
    for (int col = 1; col < column && index < sourceLine.length(); col++) {
      int cp = sourceLine.codePointAt(index);
      out.append(cp == '\t' ? '\t' : ' ');
      index += Character.charCount(cp);
    }
    out.append('^');
    return out.toString();
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + message;
  }
}
