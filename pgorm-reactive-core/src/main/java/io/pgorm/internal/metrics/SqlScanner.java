package io.pgorm.internal.metrics;

import java.util.Locale;

/**
 * A just-enough PostgreSQL lexer for classifying statements: it skips whitespace, comments (nested
 * block comments included), string literals ({@code '..'}, {@code E'..'}, dollar-quoted) so that
 * words inside them are never mistaken for keywords, and reports words, quoted identifiers, dots
 * and parentheses. Everything else is {@link #OTHER}.
 */
final class SqlScanner {

  static final int END = 0;
  static final int WORD = 1;
  static final int QUOTED = 2;
  static final int DOT = 3;
  static final int LPAREN = 4;
  static final int RPAREN = 5;
  static final int OTHER = 6;

  private final String sql;
  private final int length;
  private int pos;
  private int start;
  private int end;

  SqlScanner(String sql) {
    this.sql = sql;
    this.length = sql.length();
  }

  /** Advances to the next token and returns its kind. */
  int next() {
    skipSpaceAndComments();
    start = pos;
    if (pos >= length) {
      end = pos;
      return END;
    }
    char c = sql.charAt(pos);
    int kind;
    if (c == '"') {
      skipQuoted('"', false);
      kind = QUOTED;
    } else if (c == '\'') {
      skipQuoted('\'', false);
      kind = OTHER;
    } else if ((c == 'e' || c == 'E') && charAt(pos + 1) == '\'') {
      pos++;
      skipQuoted('\'', true);
      kind = OTHER;
    } else if (Character.isLetter(c) || c == '_') {
      while (pos < length && isWordPart(sql.charAt(pos))) {
        pos++;
      }
      kind = WORD;
    } else if (c == '$') {
      skipDollar();
      kind = OTHER;
    } else if (c >= '0' && c <= '9' || c == '.' && isDigit(charAt(pos + 1))) {
      while (pos < length && (isWordPart(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
        pos++;
      }
      kind = OTHER;
    } else {
      pos++;
      kind = c == '(' ? LPAREN : c == ')' ? RPAREN : c == '.' ? DOT : OTHER;
    }
    end = pos;
    return kind;
  }

  /** Whether the current {@link #WORD} is {@code keyword} (given in lower case), ignoring case. */
  boolean is(String keyword) {
    return end - start == keyword.length()
        && sql.regionMatches(true, start, keyword, 0, end - start);
  }

  /**
   * The current identifier as PostgreSQL resolves it: unquoted words fold to lower case, quoted
   * ones lose their quotes and keep their case.
   */
  String identifier() {
    if (sql.charAt(start) != '"') {
      return sql.substring(start, end).toLowerCase(Locale.ROOT);
    }
    int close = end - 1 > start && sql.charAt(end - 1) == '"' ? end - 1 : end;
    return sql.substring(start + 1, close).replace("\"\"", "\"");
  }

  private void skipSpaceAndComments() {
    while (pos < length) {
      char c = sql.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '-' && charAt(pos + 1) == '-') {
        int newline = sql.indexOf('\n', pos);
        pos = newline < 0 ? length : newline + 1;
      } else if (c == '/' && charAt(pos + 1) == '*') {
        skipBlockComment();
      } else {
        return;
      }
    }
  }

  private void skipBlockComment() {
    int depth = 0;
    while (pos < length) {
      if (sql.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (sql.startsWith("*/", pos)) {
        pos += 2;
        if (--depth == 0) {
          return;
        }
      } else {
        pos++;
      }
    }
  }

  /** Skips from an opening quote to its close; a doubled quote is an escaped one. */
  private void skipQuoted(char quote, boolean backslashEscapes) {
    pos++;
    while (pos < length) {
      char c = sql.charAt(pos++);
      if (backslashEscapes && c == '\\') {
        pos++;
      } else if (c == quote) {
        if (charAt(pos) != quote) {
          return;
        }
        pos++;
      }
    }
    pos = length;
  }

  /** A {@code $tag$...$tag$} string, or else a parameter such as {@code $1}. */
  private void skipDollar() {
    int tagEnd = pos + 1;
    while (tagEnd < length && isTagPart(sql.charAt(tagEnd))) {
      tagEnd++;
    }
    boolean isTag = tagEnd < length && sql.charAt(tagEnd) == '$' && !isDigit(charAt(pos + 1));
    if (!isTag) {
      pos = Math.max(tagEnd, pos + 1);
      return;
    }
    String tag = sql.substring(pos, tagEnd + 1);
    int close = sql.indexOf(tag, tagEnd + 1);
    pos = close < 0 ? length : close + tag.length();
  }

  private char charAt(int index) {
    return index < length ? sql.charAt(index) : '\0';
  }

  private static boolean isWordPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }

  private static boolean isTagPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
