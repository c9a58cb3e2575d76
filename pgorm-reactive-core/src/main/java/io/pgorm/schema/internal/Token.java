package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Pos;

/**
 * A token.
 *
 * @param text the value: the name, the unescaped string or body, the number or operator as written,
 *     the doc comment's text; for punctuation the punctuation itself
 * @param start offset of the first char
 * @param end offset after the last char
 */
record Token(TokenKind kind, String text, int start, int end, Pos pos) {

  boolean is(TokenKind k) {
    return kind == k;
  }

  /** An unquoted name equal to {@code word}. */
  boolean isWord(String word) {
    return kind == TokenKind.IDENT && text.equals(word);
  }

  /** How the token reads in a message: {@code '}'}, {@code name 'foo'}, {@code end of line}. */
  String describe() {
    return switch (kind) {
      case IDENT -> "'" + shorten(text) + "'";
      case QIDENT -> "quoted name \"" + shorten(text) + "\"";
      case STRING -> "string '" + shorten(text) + "'";
      case NUMBER -> "number " + text;
      case OP -> "'" + text + "'";
      case DOLLAR, DOC, NEWLINE, EOF -> kind.display;
      default -> kind.display;
    };
  }

  private static String shorten(String s) {
    String oneLine = s.replace('\n', ' ').replace('\r', ' ');
    return oneLine.length() <= 30 ? oneLine : oneLine.substring(0, 27) + "...";
  }
}
