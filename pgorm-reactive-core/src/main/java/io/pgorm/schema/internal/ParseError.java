package io.pgorm.schema.internal;

/**
 * Unwinds the parser to the nearest recovery point after an error has been reported. Never escapes
 * the parser; carries no stack trace because it is control flow.
 */
final class ParseError extends RuntimeException {

  private static final long serialVersionUID = 1L;

  static final ParseError INSTANCE = new ParseError();

  private ParseError() {
    super("parse error (already reported)", null, false, false);
  }
}
