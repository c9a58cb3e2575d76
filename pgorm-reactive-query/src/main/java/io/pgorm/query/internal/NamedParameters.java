package io.pgorm.query.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites {@code :name} placeholders to {@code $n}, leaving string literals, quoted identifiers,
 * dollar-quoted bodies, comments and {@code ::} casts alone. One name used twice is one parameter.
 *
 * @param sql the SQL with {@code $n} placeholders
 * @param names the parameter names, {@code $1} first
 */
public record NamedParameters(String sql, List<String> names) {

  public NamedParameters {
    names = List.copyOf(names);
  }

  /**
   * Parses {@code sql}.
   *
   * @throws IllegalArgumentException for an unterminated literal, identifier or comment
   */
  public static NamedParameters parse(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    Map<String, Integer> index = new LinkedHashMap<>();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = closing(sql, i, c);
        out.append(sql, i, end);
        i = end;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(sql, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated /* comment in: " + sql);
        }
        out.append(sql, i, end + 2);
        i = end + 2;
      } else if (c == '$' && dollarTag(sql, i) != null) {
        String tag = dollarTag(sql, i);
        int end = sql.indexOf(tag, i + tag.length());
        if (end < 0) {
          throw new IllegalArgumentException("unterminated " + tag + " quote in: " + sql);
        }
        out.append(sql, i, end + tag.length());
        i = end + tag.length();
      } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
        out.append("::");
        i += 2;
      } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
        int end = i + 1;
        while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
          end++;
        }
        String name = sql.substring(i + 1, end);
        int k = index.computeIfAbsent(name, x -> index.size() + 1);
        out.append('$').append(k);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return new NamedParameters(out.toString(), new ArrayList<>(index.keySet()));
  }

  private static int closing(String sql, int start, char quote) {
    int i = start + 1;
    while (i < sql.length()) {
      if (sql.charAt(i) == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    throw new IllegalArgumentException(
        "unterminated " + (quote == '"' ? "quoted identifier" : "string literal") + " in: " + sql);
  }

  /** The {@code $tag$} starting at {@code i}, or null when there is none ({@code $1} is none). */
  private static String dollarTag(String sql, int i) {
    int j = i + 1;
    while (j < sql.length() && (Character.isLetterOrDigit(sql.charAt(j)) || sql.charAt(j) == '_')) {
      j++;
    }
    if (j < sql.length()
        && sql.charAt(j) == '$'
        && (j == i + 1 || !Character.isDigit(sql.charAt(i + 1)))) {
      return sql.substring(i, j + 1);
    }
    return null;
  }
}
