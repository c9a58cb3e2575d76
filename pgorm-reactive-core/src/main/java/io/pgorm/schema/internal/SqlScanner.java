package io.pgorm.schema.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Finds where a stretch of raw SQL ends without understanding it: it knows PostgreSQL's lexical
 * rules for string literals ({@code '..'} with {@code ''}, {@code E'..'} with backslashes), quoted
 * identifiers, dollar quotes and comments, and balances parentheses and brackets outside them. That
 * is the whole escaping rule of the schema language: any lexically complete SQL can be written as
 * is.
 */
final class SqlScanner {

  /**
   * The outcome of a scan.
   *
   * @param end for a balanced scan the offset of the closing parenthesis; for an argument the
   *     offset of the comma or parenthesis that ends it
   * @param error what went wrong, or null
   * @param errorAt where it went wrong
   */
  record Result(int end, @Nullable String error, int errorAt) {}

  private SqlScanner() {}

  /** Scans from the {@code (} at {@code open} to its matching {@code )}. */
  static Result balanced(String text, int open) {
    return scan(text, open + 1, true, open, null);
  }

  /**
   * Scans an SQL argument from {@code from} to the first {@code ,} or {@code )} (or {@code ]})
   * outside parentheses, brackets, strings and comments.
   */
  static Result argument(String text, int from) {
    return scan(text, from, false, from, null);
  }

  /** The offsets of the commas at nesting depth 0 of a complete SQL text. */
  static List<Integer> topLevelCommas(String sql) {
    List<Integer> commas = new ArrayList<>();
    scan(sql, 0, false, 0, commas);
    return commas;
  }

  private static Result scan(
      String text, int from, boolean balanced, int open, @Nullable List<Integer> commas) {
    int[] openers = new int[8];
    int depth = 0;
    int i = from;
    int n = text.length();
    while (i < n) {
      char c = text.charAt(i);
      int skipped = skip(text, i);
      if (skipped != i) {
        if (skipped < 0) {
          return new Result(n, unterminated(text, i), i);
        }
        i = skipped;
        continue;
      }
      if (c == '(' || c == '[') {
        if (depth == openers.length) {
          openers = java.util.Arrays.copyOf(openers, depth * 2);
        }
        openers[depth++] = i;
      } else if (c == ')' || c == ']') {
        if (depth == 0) {
          if (balanced && c == ']') {
            return new Result(i, "']' in SQL has no matching '['", i);
          }
          return new Result(i, null, i);
        }
        char expected = text.charAt(openers[depth - 1]) == '(' ? ')' : ']';
        if (c != expected) {
          return new Result(
              i,
              "'"
                  + c
                  + "' in SQL does not close the '"
                  + text.charAt(openers[depth - 1])
                  + "' before it",
              i);
        }
        depth--;
      } else if (c == ',' && depth == 0) {
        if (commas == null) {
          if (!balanced) {
            return new Result(i, null, i);
          }
        } else {
          commas.add(i);
        }
      } else if ((c == '{' || c == '}') && commas == null) {
        if (depth > 0) {
          int at = openers[depth - 1];
          return new Result(
              i, "'" + text.charAt(at) + "' in SQL is not closed before '" + c + "'", at);
        }
        if (balanced) {
          return new Result(i, "'(' is not closed before '" + c + "'", open);
        }
        return new Result(i, null, i);
      }
      i++;
    }
    if (commas != null) {
      return new Result(n, null, n);
    }
    if (depth > 0) {
      int at = openers[depth - 1];
      return new Result(
          n, "'" + text.charAt(at) + "' in SQL is not closed before the end of the file", at);
    }
    if (balanced) {
      return new Result(n, "'(' is not closed: no matching ')' before the end of the file", open);
    }
    return new Result(n, "the SQL runs to the end of the file: no ',' or ')' ends it", from);
  }

  /**
   * If a string, quoted identifier, dollar quote or comment starts at {@code i}, the offset after
   * it (-1 if it does not end); else {@code i}.
   */
  private static int skip(String text, int i) {
    char c = text.charAt(i);
    int n = text.length();
    switch (c) {
      case '\'':
        boolean escapes =
            i > 0
                && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                && (i < 2 || !Lexer.isIdentPart(text.charAt(i - 2)));
        return skipQuoted(text, i, '\'', escapes);
      case '"':
        return skipQuoted(text, i, '"', false);
      case '$':
        int tagEnd = i > 0 && Lexer.isIdentPart(text.charAt(i - 1)) ? -1 : dollarTagEnd(text, i);
        if (tagEnd < 0) {
          return i;
        }
        int close = text.indexOf(text.substring(i, tagEnd), tagEnd);
        return close < 0 ? -1 : close + (tagEnd - i);
      case '-':
        if (i + 1 < n && text.charAt(i + 1) == '-') {
          int j = i;
          while (j < n && text.charAt(j) != '\n' && text.charAt(j) != '\r') {
            j++;
          }
          return j;
        }
        return i;
      case '/':
        return i + 1 < n && text.charAt(i + 1) == '*' ? skipBlockComment(text, i) : i;
      default:
        return i;
    }
  }

  private static String unterminated(String text, int i) {
    return switch (text.charAt(i)) {
      case '\'' -> "unterminated string literal in SQL";
      case '"' -> "unterminated quoted identifier in SQL";
      case '$' -> "unterminated dollar-quoted string in SQL";
      default -> "unterminated comment in SQL";
    };
  }

  /** The offset after the closing quote, or -1. */
  private static int skipQuoted(String text, int start, char quote, boolean escapes) {
    int i = start + 1;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (escapes && c == '\\') {
        i += 2;
        continue;
      }
      if (c == quote) {
        if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
          i += 2;
          continue;
        }
        return i + 1;
      }
      i++;
    }
    return -1;
  }

  private static int skipBlockComment(String text, int start) {
    int depth = 0;
    int i = start;
    while (i < text.length()) {
      if (text.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (text.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return -1;
  }

  /**
   * If a dollar-quote tag ({@code $$} or {@code $name$}) starts at {@code start}, the offset after
   * it, else -1.
   */
  static int dollarTagEnd(String text, int start) {
    int i = start + 1;
    if (i < text.length() && text.charAt(i) == '$') {
      return i + 1;
    }
    if (i >= text.length() || !(Lexer.isIdentStart(text.charAt(i)))) {
      return -1;
    }
    while (i < text.length() && Lexer.isIdentPart(text.charAt(i)) && text.charAt(i) != '$') {
      i++;
    }
    return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
  }

  /** Characters that make up PostgreSQL operators. */
  static boolean isOperatorChar(char c) {
    return "+-*/<>=~!@#%^&|`?".indexOf(c) >= 0;
  }

  /** Whether the text is one parenthesised group: {@code (a + b)} but not {@code (a) + (b)}. */
  static boolean isWrapped(String sql) {
    if (sql.isEmpty() || sql.charAt(0) != '(') {
      return false;
    }
    Result r = balanced(sql, 0);
    return r.error() == null && r.end() == sql.length() - 1;
  }
}
