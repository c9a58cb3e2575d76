package io.pgorm.schema.internal;

import org.jspecify.annotations.Nullable;

/**
 * The escaped form of a doc comment, for comments that {@code ///} lines cannot carry: a line that
 * ends with blanks, a carriage return, a tab. Such a comment is written as one line {@code ///
 * E'...'} with {@code \n}, {@code \r}, {@code \t}, {@code \\} and {@code \'} escapes, as in
 * PostgreSQL's escape strings; {@code db pull} writes it so, and a person rarely needs to.
 */
public final class DocText {

  private DocText() {}

  /** Whether {@code comment} must be written in the escaped form to come back unchanged. */
  public static boolean needsEscape(String comment) {
    for (String line : comment.split("\n", -1)) {
      if (!line.equals(line.stripTrailing())
          || line.indexOf('\r') >= 0
          || line.indexOf('\t') >= 0) {
        return true;
      }
    }
    // a plain comment that happens to read as the escaped form must be escaped itself
    return decode(comment) != null;
  }

  /** {@code E'...'} for {@code comment}. */
  public static String encode(String comment) {
    StringBuilder out = new StringBuilder("E'");
    for (int i = 0; i < comment.length(); i++) {
      char c = comment.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("\\'");
        default -> out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  /** The comment an escaped form stands for, or {@code null} if {@code text} is not one. */
  public static @Nullable String decode(String text) {
    if (text.length() < 3 || !text.startsWith("E'") || !text.endsWith("'")) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int end = text.length() - 1;
    for (int i = 2; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '\n') {
        return null; // an unescaped quote or a second line: plain text after all
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (i + 1 >= end) {
        return null;
      }
      char e = text.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case '\\' -> out.append('\\');
        case '\'' -> out.append('\'');
        default -> {
          return null;
        }
      }
    }
    return out.toString();
  }
}
