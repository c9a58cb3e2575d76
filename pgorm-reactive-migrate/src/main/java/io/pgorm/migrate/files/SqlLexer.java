package io.pgorm.migrate.files;

import io.pgorm.migrate.MigrationFileException;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts SQL text into tokens the way PostgreSQL's lexer does where it matters for finding the end of
 * a statement: string constants (standard, {@code E''} with backslash escapes, dollar-quoted),
 * quoted identifiers, line comments and nested block comments. Everything else is a word, a number
 * or one punctuation character. Assumes {@code standard_conforming_strings} is on (the default
 * since PostgreSQL 9.1): a backslash in a plain {@code '...'} string is an ordinary character.
 */
final class SqlLexer {

  enum Kind {
    WORD,
    QUOTED_IDENT,
    STRING,
    DOLLAR_STRING,
    NUMBER,
    PUNCT,
    LINE_COMMENT,
    BLOCK_COMMENT
  }

  /** A token: {@code text.substring(start, end)}, starting on {@code line} (1-based). */
  record Token(Kind kind, int start, int end, int line) {

    boolean isComment() {
      return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }
  }

  private final String text;
  private final String file;
  private int pos;
  private int line = 1;

  private SqlLexer(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** Every token of {@code text}, comments included; {@code file} names it in errors. */
  static List<Token> tokens(String text, String file) {
    return new SqlLexer(text, file).all();
  }

  private List<Token> all() {
    List<Token> tokens = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (pos >= text.length()) {
        return tokens;
      }
      int start = pos;
      int startLine = line;
      Kind kind = next();
      tokens.add(new Token(kind, start, pos, startLine));
    }
  }

  private Kind next() {
    char c = text.charAt(pos);
    char n = pos + 1 < text.length() ? text.charAt(pos + 1) : '\0';
    if (c == '-' && n == '-') {
      while (pos < text.length() && text.charAt(pos) != '\n') {
        pos++;
      }
      return Kind.LINE_COMMENT;
    }
    if (c == '/' && n == '*') {
      blockComment();
      return Kind.BLOCK_COMMENT;
    }
    if (c == '\'') {
      quoted('\'', false, "string constant");
      return Kind.STRING;
    }
    if (c == '"') {
      quoted('"', false, "quoted identifier");
      return Kind.QUOTED_IDENT;
    }
    if (c == '$' && dollarTagEnd(pos) > 0) {
      dollarString();
      return Kind.DOLLAR_STRING;
    }
    if (isIdentStart(c)) {
      return word();
    }
    if (Character.isDigit(c)) {
      while (pos < text.length() && (isIdentPart(text.charAt(pos)) || text.charAt(pos) == '.')) {
        pos++;
      }
      return Kind.NUMBER;
    }
    advance();
    return Kind.PUNCT;
  }

  private Kind word() {
    int start = pos;
    while (pos < text.length() && isIdentPart(text.charAt(pos))) {
      pos++;
    }
    // E'...' is an escape string only when E stands alone right before the quote.
    if (pos - start == 1
        && (text.charAt(start) == 'E' || text.charAt(start) == 'e')
        && pos < text.length()
        && text.charAt(pos) == '\'') {
      quoted('\'', true, "escape string constant");
      return Kind.STRING;
    }
    return Kind.WORD;
  }

  /** Consumes a quoted string from the opening quote at {@code pos}; a doubled quote is kept. */
  private void quoted(char quote, boolean backslashEscapes, String what) {
    int startLine = line;
    advance();
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (backslashEscapes && c == '\\') {
        advance();
        if (pos < text.length()) {
          advance();
        }
      } else if (c == quote) {
        advance();
        if (pos < text.length() && text.charAt(pos) == quote) {
          advance();
        } else {
          return;
        }
      } else {
        advance();
      }
    }
    throw unterminated(what, startLine, "close it with " + quote);
  }

  private void blockComment() {
    int startLine = line;
    int depth = 0;
    while (pos < text.length()) {
      if (text.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        advance();
      }
    }
    throw unterminated("block comment", startLine, "block comments nest: close each /* with */");
  }

  private void dollarString() {
    int startLine = line;
    int tagEnd = dollarTagEnd(pos);
    String tag = text.substring(pos, tagEnd + 1);
    pos = tagEnd + 1;
    int close = text.indexOf(tag, pos);
    if (close < 0) {
      pos = text.length();
      throw unterminated("dollar-quoted string " + tag, startLine, "close it with " + tag);
    }
    while (pos < close + tag.length()) {
      advance();
    }
  }

  /**
   * The index of the {@code $} that closes a dollar-quote tag opening at {@code at} ({@code $$} or
   * {@code $tag$}), or -1 if none opens there ({@code $1} is a parameter).
   */
  private int dollarTagEnd(int at) {
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == '$') {
      return i;
    }
    if (i >= text.length() || !isIdentStart(text.charAt(i))) {
      return -1;
    }
    while (i < text.length() && isIdentPart(text.charAt(i)) && text.charAt(i) != '$') {
      i++;
    }
    return i < text.length() && text.charAt(i) == '$' ? i : -1;
  }

  private void skipWhitespace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      advance();
    }
  }

  private void advance() {
    if (text.charAt(pos) == '\n') {
      line++;
    }
    pos++;
  }

  private MigrationFileException unterminated(String what, int startLine, String hint) {
    return new MigrationFileException(
        file + " line " + startLine + ": unterminated " + what + ". Hint: " + hint + ".",
        file,
        startLine);
  }

  static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_' || c >= 0x80;
  }

  static boolean isIdentPart(char c) {
    return isIdentStart(c) || Character.isDigit(c) || c == '$';
  }
}
