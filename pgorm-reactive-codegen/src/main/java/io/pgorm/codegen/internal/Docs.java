package io.pgorm.codegen.internal;

import java.util.regex.Pattern;

/** Javadoc text from schema comments and names, escaped so that it is inert HTML. */
final class Docs {

  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_.,:()\\[\\] ]*");

  private Docs() {}

  /**
   * A schema comment as javadoc text: HTML characters, {@code @} (a tag), {@code *}{@code /} (end
   * of comment) and backslashes (a unicode escape that javac reads before anything else) are
   * written as entities.
   */
  static String text(String comment) {
    StringBuilder out = new StringBuilder(comment.length());
    String normalized = comment.replace("\r\n", "\n").replace('\r', '\n').strip();
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '@' -> out.append("&#64;");
        case '\\' -> out.append("&#92;");
        case '/' -> out.append(i > 0 && normalized.charAt(i - 1) == '*' ? "&#47;" : "/");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A name or SQL type in code font. */
  static String code(String text) {
    return PLAIN.matcher(text).matches()
        ? "{@code " + text + "}"
        : "<code>" + text(text) + "</code>";
  }
}
