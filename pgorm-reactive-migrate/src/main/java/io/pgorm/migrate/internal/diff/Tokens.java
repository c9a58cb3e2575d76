package io.pgorm.migrate.internal.diff;

import io.pgorm.migrate.sql.SqlText;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The identifiers that SQL text mentions, as PostgreSQL reads them: bare ones folded to lower case,
 * quoted ones as written; string literals, dollar-quoted strings and comments are skipped. Used to
 * find what a view, routine or expression refers to by name, the way {@code CreateScript} orders
 * creates: a guess that errs towards "yes".
 */
public final class Tokens {

  private Tokens() {}

  /** The identifiers of {@code sql}. */
  public static Set<String> of(String sql) {
    Set<String> out = new HashSet<>();
    scan(sql, (name, start, end) -> out.add(name));
    return out;
  }

  /**
   * {@code sql} with each identifier that {@code renames} maps replaced by the new name, quoted as
   * needed; identifiers followed by {@code (} (function calls) are left alone.
   */
  public static String rename(String sql, Map<String, String> renames) {
    if (renames.isEmpty()) {
      return sql;
    }
    StringBuilder out = new StringBuilder();
    int[] copied = {0};
    scan(
        sql,
        (name, start, end) -> {
          String to = renames.get(name);
          if (to != null && !followedByParen(sql, end)) {
            out.append(sql, copied[0], start).append(SqlText.quoteIdent(to));
            copied[0] = end;
          }
        });
    return out.append(sql.substring(copied[0])).toString();
  }

  private static boolean followedByParen(String sql, int end) {
    int i = end;
    while (i < sql.length() && sql.charAt(i) == ' ') {
      i++;
    }
    return i < sql.length() && sql.charAt(i) == '(';
  }

  interface Visitor {
    void identifier(String name, int start, int end);
  }

  private static void scan(String s, Visitor v) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\'') {
        i = skipString(s, i, i > 0 && (s.charAt(i - 1) == 'E' || s.charAt(i - 1) == 'e'));
      } else if (c == '"') {
        int start = i;
        StringBuilder b = new StringBuilder();
        i++;
        while (i < n) {
          char q = s.charAt(i);
          if (q == '"') {
            if (i + 1 < n && s.charAt(i + 1) == '"') {
              b.append('"');
              i += 2;
              continue;
            }
            break;
          }
          b.append(q);
          i++;
        }
        i = Math.min(i + 1, n);
        v.identifier(b.toString(), start, i);
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        int eol = s.indexOf('\n', i);
        i = eol < 0 ? n : eol + 1;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int end = s.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (c == '$' && dollarTag(s, i) != null) {
        String tag = String.valueOf(dollarTag(s, i));
        int end = s.indexOf(tag, i + tag.length());
        i = end < 0 ? n : end + tag.length();
      } else if (Character.isLetter(c) || c == '_') {
        int start = i;
        i++;
        while (i < n
            && (Character.isLetterOrDigit(s.charAt(i))
                || s.charAt(i) == '_'
                || s.charAt(i) == '$')) {
          i++;
        }
        if (!(i < n && s.charAt(i) == '\'' && i - start == 1 && (c == 'E' || c == 'e'))) {
          v.identifier(s.substring(start, i).toLowerCase(Locale.ROOT), start, i);
        }
      } else if (Character.isDigit(c)) {
        i++;
        while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
          i++;
        }
      } else {
        i++;
      }
    }
  }

  private static int skipString(String s, int open, boolean escapes) {
    for (int i = open + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (escapes && c == '\\') {
        i++;
      } else if (c == '\'') {
        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i + 1;
        }
      }
    }
    return s.length();
  }

  /** {@code $tag$} starting at {@code i}, or {@code null}. */
  private static @Nullable String dollarTag(String s, int i) {
    int j = i + 1;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    if (j < s.length()
        && s.charAt(j) == '$'
        && (j == i + 1 || !Character.isDigit(s.charAt(i + 1)))) {
      return s.substring(i, j + 1);
    }
    return null;
  }
}
