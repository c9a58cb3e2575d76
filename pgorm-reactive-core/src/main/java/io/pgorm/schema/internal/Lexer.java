package io.pgorm.schema.internal;

/**
 * Turns schema text into tokens on demand. The parser pulls one token at a time and may move the
 * lexer ({@link #reset(int)}) after it has read a stretch of raw SQL with {@link SqlScanner}, so
 * the lexer keeps no lookahead of its own. Lexical errors are reported and skipped: the lexer
 * always makes progress and always ends with {@link TokenKind#EOF}.
 */
final class Lexer {

  private final Source source;
  private final String text;
  private final Reporter reporter;
  private int pos;

  Lexer(Source source, Reporter reporter) {
    this.source = source;
    this.text = source.text();
    this.reporter = reporter;
  }

  /** Continues lexing at {@code offset}. */
  void reset(int offset) {
    pos = offset;
  }

  Source source() {
    return source;
  }

  Token next() {
    while (true) {
      skipBlanks();
      if (pos >= text.length()) {
        return token(TokenKind.EOF, "", pos, pos);
      }
      int start = pos;
      char c = text.charAt(pos);
      if (c == '\n' || c == '\r') {
        skipNewlines();
        return token(TokenKind.NEWLINE, "\n", start, pos);
      }
      if (c == '/' && at(pos + 1) == '/') {
        if (at(pos + 2) == '/' && at(pos + 3) != '/') {
          return docComment(start);
        }
        skipToLineEnd();
        continue;
      }
      if (c == '-' && at(pos + 1) == '-') {
        reporter.error(
            source,
            source.pos(start),
            "'--' starts a comment only inside SQL; schema comments start with // (or /// for docs)");
        skipToLineEnd();
        continue;
      }
      if (c == '/' && at(pos + 1) == '*') {
        blockComment(start);
        continue;
      }
      Token t = lexToken(c, start);
      if (t != null) {
        return t;
      }
    }
  }

  private Token lexToken(char c, int start) {
    if (isIdentStart(c)) {
      pos++;
      while (pos < text.length() && isIdentPart(text.charAt(pos))) {
        pos++;
      }
      return token(TokenKind.IDENT, text.substring(start, pos), start, pos);
    }
    if (isDigit(c) || c == '-' && isDigit(at(pos + 1))) {
      return number(start);
    }
    pos++;
    switch (c) {
      case '"':
        return quoted(start, '"', TokenKind.QIDENT);
      case '\'':
        return quoted(start, '\'', TokenKind.STRING);
      case '$':
        return dollar(start);
      case '{':
        return token(TokenKind.LBRACE, "{", start, pos);
      case '}':
        return token(TokenKind.RBRACE, "}", start, pos);
      case '(':
        return token(TokenKind.LPAREN, "(", start, pos);
      case ')':
        return token(TokenKind.RPAREN, ")", start, pos);
      case '[':
        return token(TokenKind.LBRACKET, "[", start, pos);
      case ']':
        return token(TokenKind.RBRACKET, "]", start, pos);
      case ',':
        return token(TokenKind.COMMA, ",", start, pos);
      case ':':
        return token(TokenKind.COLON, ":", start, pos);
      case '.':
        return token(TokenKind.DOT, ".", start, pos);
      case '?':
        return token(TokenKind.QUESTION, "?", start, pos);
      case ';':
        return token(TokenKind.SEMI, ";", start, pos);
      case '@':
        if (at(pos) == '@') {
          pos++;
          return token(TokenKind.ATAT, "@@", start, pos);
        }
        return token(TokenKind.AT, "@", start, pos);
      default:
        break;
    }
    if (SqlScanner.isOperatorChar(c)) {
      while (pos < text.length() && SqlScanner.isOperatorChar(text.charAt(pos))) {
        pos++;
      }
      String op = text.substring(start, pos);
      return token(op.equals("=") ? TokenKind.EQ : TokenKind.OP, op, start, pos);
    }
    pos = start + Character.charCount(text.codePointAt(start));
    reporter.error(source, source.pos(start), unexpectedChar(text.codePointAt(start)));
    return null;
  }

  private static String unexpectedChar(int cp) {
    String shown =
        Character.isISOControl(cp)
            ? String.format("U+%04X", cp)
            : "'" + Character.toString(cp) + "'";
    return "unexpected character " + shown;
  }

  private Token number(int start) {
    if (text.charAt(pos) == '-') {
      pos++;
    }
    skipDigits();
    if (at(pos) == '.' && isDigit(at(pos + 1))) {
      pos++;
      skipDigits();
    }
    if ((at(pos) == 'e' || at(pos) == 'E')
        && (isDigit(at(pos + 1))
            || (at(pos + 1) == '-' || at(pos + 1) == '+') && isDigit(at(pos + 2)))) {
      pos += 2;
      skipDigits();
    }
    if (pos < text.length() && isIdentStart(text.charAt(pos))) {

      while (pos < text.length() && isIdentPart(text.charAt(pos))) {
        pos++;
      }
      reporter.error(
          source,
          source.pos(start),
          "a number cannot run into a name: '"
              + text.substring(start, pos)
              + "'; put a space between them or quote the name");
    }
    return token(TokenKind.NUMBER, text.substring(start, pos), start, pos);
  }

  /** A string or quoted name; the closing quote must be on the same line. */
  private Token quoted(int start, char quote, TokenKind kind) {
    StringBuilder value = new StringBuilder();
    while (true) {
      if (pos >= text.length() || text.charAt(pos) == '\n' || text.charAt(pos) == '\r') {
        if (kind == TokenKind.QIDENT) {
          // Most likely a forgotten quote: end the name at the first blank so the line still
          // parses.
          int end = start + 1;
          while (end < pos && !Character.isWhitespace(text.charAt(end))) {
            end++;
          }
          pos = end;
          value.setLength(0);
          value.append(text, start + 1, end);
        }
        String what = kind == TokenKind.STRING ? "string" : "quoted name";
        reporter.error(
            source,
            source.pos(start),
            "unterminated "
                + what
                + ": the closing "
                + quote
                + " is missing on this line (write "
                + quote
                + quote
                + " for a "
                + quote
                + " inside)");
        break;
      }
      char c = text.charAt(pos++);
      if (c == quote) {
        if (at(pos) == quote) {
          value.append(quote);
          pos++;
          continue;
        }
        break;
      }
      value.append(c);
    }
    if (kind == TokenKind.QIDENT && value.length() == 0 && pos - start >= 2) {
      reporter.error(source, source.pos(start), "a quoted name cannot be empty");
      value.append('?');
    }
    return token(kind, value.toString(), start, pos);
  }

  private Token dollar(int start) {
    int tagEnd = SqlScanner.dollarTagEnd(text, start);
    if (tagEnd < 0) {
      reporter.error(
          source,
          source.pos(start),
          "unexpected character '$': a body is written $$...$$ or $tag$...$tag$");
      return next();
    }
    String tag = text.substring(start, tagEnd);
    int close = text.indexOf(tag, tagEnd);
    if (close < 0) {
      reporter.error(
          source,
          source.pos(start),
          "unterminated dollar-quoted body: no closing " + tag + " before the end of the file");
      pos = text.length();
      return token(TokenKind.DOLLAR, text.substring(tagEnd), start, pos);
    }
    pos = close + tag.length();
    return token(TokenKind.DOLLAR, text.substring(tagEnd, close), start, pos);
  }

  private Token docComment(int start) {
    pos += 3;
    int bodyStart = at(pos) == ' ' ? pos + 1 : pos;
    skipToLineEnd();
    int end = pos;
    while (end > bodyStart && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return token(TokenKind.DOC, text.substring(bodyStart, end), start, pos);
  }

  private void blockComment(int start) {
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
        pos++;
      }
    }
    reporter.error(source, source.pos(start), "unterminated comment: '/*' without '*/'");
  }

  private void skipBlanks() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\f' || c == '\u00a0' || c == '\ufeff') {
        pos++;
      } else {
        return;
      }
    }
  }

  /** Skips a run of line ends together with the blank and comment-only lines between them. */
  private void skipNewlines() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n' || c == '\r' || c == ' ' || c == '\t' || c == '\f') {
        pos++;
      } else if (c == '/' && at(pos + 1) == '/' && !(at(pos + 2) == '/' && at(pos + 3) != '/')) {
        skipToLineEnd();
      } else {
        return;
      }
    }
  }

  private void skipToLineEnd() {
    while (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
      pos++;
    }
  }

  private void skipDigits() {
    while (pos < text.length() && isDigit(text.charAt(pos))) {
      pos++;
    }
  }

  private char at(int i) {
    return i < text.length() ? text.charAt(i) : '\0';
  }

  private Token token(TokenKind kind, String value, int start, int end) {
    return new Token(kind, value, start, end, source.pos(start));
  }

  static boolean isIdentStart(char c) {
    return c >= 'a' && c <= 'z'
        || c >= 'A' && c <= 'Z'
        || c == '_'
        || c > 127 && Character.isLetter(c);
  }

  static boolean isIdentPart(char c) {
    return isIdentStart(c) || isDigit(c) || c == '$';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
