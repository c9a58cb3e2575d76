package io.pgorm.migrate.internal.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a SQL scanner to take server-printed text apart: parentheses, string literals and
 * quoted identifiers. Not a parser.
 */
public final class SqlScan {

  private SqlScan() {}

  /** The index of the parenthesis that closes the one at {@code open}, or -1. */
  public static int closing(String s, int open) {
    int depth = 0;
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(s, i);
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * Whether the whole text is one parenthesised group: {@code (a + b)} but not {@code (a) + (b)}.
   */
  public static boolean isParenthesized(String s) {
    return s.startsWith("(") && closing(s, 0) == s.length() - 1;
  }

  /** The text in parentheses unless it already is: {@code lower(x)} becomes {@code (lower(x))}. */
  public static String parenthesized(String s) {
    return isParenthesized(s) ? s : "(" + s + ")";
  }

  /** Splits at {@code separator} where it is outside parentheses and quotes; parts are trimmed. */
  public static List<String> splitTopLevel(String s, char separator) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'' || c == '"') {
        i = skipQuoted(s, i);
      } else if (c == '(' || c == '[') {
        depth++;
      } else if (c == ')' || c == ']') {
        depth--;
      } else if (c == separator && depth == 0) {
        parts.add(s.substring(start, i).strip());
        start = i + 1;
      }
    }
    String last = s.substring(start).strip();
    if (!last.isEmpty() || !parts.isEmpty()) {
      parts.add(last);
    }
    return parts;
  }

  /**
   * The index of the closing quote of the literal or identifier that starts at {@code open} (a
   * doubled quote is part of it; {@code E'...'} also honours backslash escapes).
   */
  public static int skipQuoted(String s, int open) {
    char q = s.charAt(open);
    boolean escapes =
        q == '\'' && open > 0 && (s.charAt(open - 1) == 'E' || s.charAt(open - 1) == 'e');
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escapes && c == '\\') {
        i++;
      } else if (c == q) {
        if (i + 1 < s.length() && s.charAt(i + 1) == q) {
          i++;
        } else {
          return i;
        }
      }
    }
    return s.length() - 1;
  }

  /**
   * The identifier at the start of {@code s}: a quoted one (unquoted, inner quotes undoubled) or a
   * bare one (as is), with the index just after it; {@code null} when {@code s} starts with
   * neither.
   */
  public static @org.jspecify.annotations.Nullable Ident identAt(String s, int from) {
    if (from >= s.length()) {
      return null;
    }
    char c = s.charAt(from);
    if (c == '"') {
      int end = skipQuoted(s, from);
      return new Ident(s.substring(from + 1, end).replace("\"\"", "\""), end + 1);
    }
    if (!(Character.isLetter(c) || c == '_')) {
      return null;
    }
    int i = from + 1;
    while (i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '$')) {
      i++;
    }
    return new Ident(s.substring(from, i), i);
  }

  /** An identifier found by {@link #identAt}: its name and the index after it. */
  public record Ident(String name, int end) {}
}
