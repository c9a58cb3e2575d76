package io.pgorm.internal.types;

import org.jspecify.annotations.Nullable;

/** Quoting of elements in the text forms of arrays and composites, as the server does it. */
public final class QuotedText {

  private QuotedText() {}

  /** An array element: quoted if empty, {@code NULL}, or holding a special character. */
  static String arrayElement(String s, char delimiter) {
    boolean quote = s.isEmpty() || s.equalsIgnoreCase("NULL");
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == '{' || c == '}' || c == '"' || c == '\\' || c == delimiter;
      quote |= Character.isWhitespace(c);
    }
    return quote ? quoted(s, false) : s;
  }

  /** A composite field: quoted if empty or holding a special character. */
  static String field(String s) {
    boolean quote = s.isEmpty();
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == '(' || c == ')' || c == ',' || c == '"' || c == '\\';
      quote |= Character.isWhitespace(c);
    }
    return quote ? quoted(s, true) : s;
  }

  private static String quoted(String s, boolean doubleQuotes) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        b.append('\\');
      } else if (c == '"') {
        b.append(doubleQuotes ? '"' : '\\');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  /**
   * Reads one element or field from {@code pos[0]} up to an unquoted character of {@code stops},
   * leaving {@code pos[0]} there. {@code null} when it is empty and unquoted, or the unquoted word
   * {@code NULL} when {@code nullWord} is set (arrays).
   */
  public static @Nullable String read(String text, int[] pos, String stops, boolean nullWord) {
    StringBuilder b = new StringBuilder();
    boolean quoted = false;
    boolean inQuotes = false;
    int i = pos[0];
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inQuotes) {
        if (c == '\\' && i + 1 < text.length()) {
          b.append(text.charAt(++i));
        } else if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            b.append('"');
            i++;
          } else {
            inQuotes = false;
          }
        } else {
          b.append(c);
        }
      } else if (c == '"') {
        inQuotes = true;
        quoted = true;
      } else if (c == '\\' && i + 1 < text.length()) {
        b.append(text.charAt(++i));
      } else if (stops.indexOf(c) >= 0) {
        break;
      } else {
        b.append(c);
      }
    }
    if (inQuotes) {
      throw new IllegalArgumentException("unterminated quoted value in \"" + text + "\"");
    }
    pos[0] = i;
    if (quoted) {
      return b.toString();
    }
    String s = nullWord ? b.toString().strip() : b.toString();
    if (s.isEmpty() || (nullWord && s.equalsIgnoreCase("NULL"))) {
      return null;
    }
    return s;
  }
}
