package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.internal.ast.Value;
import org.jspecify.annotations.Nullable;

/**
 * The parser's view of the tokens: one current token, lexed only when looked at, so that a stretch
 * of raw SQL right after a consumed token is never lexed as schema text. Also owns error reporting
 * and the skipping that recovery needs.
 */
final class TokenStream {

  private final Lexer lexer;
  private final Reporter reporter;
  private final Source source;
  private @Nullable Token cur;
  private @Nullable Token second;
  private final StringBuilder open = new StringBuilder();
  private TokenKind prev = TokenKind.NEWLINE;
  private int lastEnd;

  TokenStream(Source source, Reporter reporter) {
    this.source = source;
    this.reporter = reporter;
    this.lexer = new Lexer(source, reporter);
  }

  Source source() {
    return source;
  }

  Reporter reporter() {
    return reporter;
  }

  /** The current token, lexing it if needed. */
  Token peek() {
    Token t = cur;
    if (t == null) {
      t = lexer.next();
      cur = t;
    }
    return t;
  }

  /** The token after the current one (both lexed now). */
  Token peekSecond() {
    peek();
    Token t = second;
    if (t == null) {
      t = lexer.next();
      second = t;
    }
    return t;
  }

  /** The current token after skipping line ends. */
  Token peekNl() {
    skipNewlines();
    return peek();
  }

  /** Consumes the current token and returns it. */
  Token advance() {
    Token t = peek();
    if (t.kind() != TokenKind.EOF) {
      track(t.kind());
      prev = t.kind();
      lastEnd = t.end();
      cur = second;
      second = null;
    }
    return t;
  }

  void skipNewlines() {
    while (peek().kind() == TokenKind.NEWLINE) {
      advance();
    }
  }

  /** Whether the current token is the first of its line. */
  boolean atLineStart() {
    peek();
    return prev == TokenKind.NEWLINE;
  }

  boolean at(TokenKind kind) {
    return peek().kind() == kind;
  }

  boolean atWord(String word) {
    return peek().isWord(word);
  }

  /** Consumes the current token if it has the kind. */
  boolean accept(TokenKind kind) {
    if (at(kind)) {
      advance();
      return true;
    }
    return false;
  }

  /** Consumes the current token if it is the word. */
  boolean acceptWord(String word) {
    if (atWord(word)) {
      advance();
      return true;
    }
    return false;
  }

  Token expect(TokenKind kind, String context) {
    if (at(kind)) {
      return advance();
    }
    throw fail("expected " + kind.display + context);
  }

  void expectWord(String word, String context) {
    if (!acceptWord(word)) {
      throw fail("expected '" + word + "'" + context);
    }
  }

  /** A name (quoted or not). */
  Ident ident(String what) {
    Token t = peek();
    if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QIDENT) {
      advance();
      return new Ident(t.text(), t.kind() == TokenKind.QIDENT, t.pos());
    }
    throw fail("expected " + what);
  }

  boolean atIdent() {
    TokenKind k = peek().kind();
    return k == TokenKind.IDENT || k == TokenKind.QIDENT;
  }

  /**
   * Reports {@code "<expected>, found <token>"} at the current token and returns the error to
   * throw.
   */
  ParseError fail(String expected) {
    Token t = peek();
    return failAt(t.pos(), expected + ", found " + t.describe());
  }

  /** Like {@link #fail(String)}, with a hint after what was found. */
  ParseError fail(String expected, String hint) {
    Token t = peek();
    return failAt(t.pos(), expected + ", found " + t.describe() + "; " + hint);
  }

  ParseError failAt(Pos pos, String message) {
    reporter.error(source, pos, message);
    return ParseError.INSTANCE;
  }

  void report(Pos pos, String message) {
    reporter.error(source, pos, message);
  }

  Pos pos() {
    return peek().pos();
  }

  /** The position just after the last consumed token: where a missing token belongs. */
  Pos afterLast() {
    return source.pos(lastEnd);
  }

  /**
   * Reads raw SQL inside the parentheses that start at the current token, which must be {@code (},
   * and consumes through the closing {@code )}.
   */
  Value.Sql sqlInParens(String context) {
    Token open = peek();
    if (open.kind() != TokenKind.LPAREN) {
      throw fail("expected '(' before the SQL" + context);
    }
    SqlScanner.Result r = SqlScanner.balanced(source.text(), open.start());
    if (r.error() != null) {
      recoverFromSql(r, open.start());
    }
    String sql = source.text().substring(open.start() + 1, r.end());
    jump(r.end() + 1);
    return sql(sql, open.start() + 1, context);
  }

  /**
   * Reads a raw SQL argument starting after the last consumed token, up to the first top-level
   * {@code ,} or {@code )}, which is not consumed. One pair of parentheses around the whole text is
   * removed.
   */
  Value.Sql sqlArgument(String context) {
    Token ahead = cur;
    if (ahead != null) {
      // Already lexed (the caller looked ahead): scan from where that token starts.
      jump(ahead.start());
    }
    int from = lexerOffset();
    SqlScanner.Result r = SqlScanner.argument(source.text(), from);
    if (r.error() != null) {
      recoverFromSql(r, from);
    }
    String raw = source.text().substring(from, r.end());
    jump(r.end());
    String text = raw.strip();
    if (SqlScanner.isWrapped(text)) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return sql(text, from + leading(raw), context);
  }

  /** Doc comments read ahead and given back by {@link #giveBackDoc}. */
  private @Nullable String givenBack;

  /**
   * Hands back doc comments that a declaration read while looking for more of its own clauses (a
   * domain's {@code /// ... constraint c check (...)}): they belong to what follows.
   */
  void giveBackDoc(String doc) {
    givenBack = doc;
  }

  /** Joins the {@code ///} lines at the current token, or null if there are none. */
  @Nullable String docComments() {
    String back = givenBack;
    givenBack = null;
    if (peekNl().kind() != TokenKind.DOC) {
      return back;
    }
    StringBuilder out = new StringBuilder();
    if (back != null) {
      out.append(back).append('\n');
    }
    boolean first = true;
    while (peekNl().kind() == TokenKind.DOC) {
      if (!first) {
        out.append('\n');
      }
      first = false;
      out.append(advance().text());
    }
    String text = out.toString();
    String escaped = DocText.decode(text);
    return escaped != null ? escaped : text;
  }

  /**
   * After an error inside a block: skips to the end of the line (consumed) or to the {@code }} that
   * closes the block (not consumed), stepping over nested brackets.
   */
  void syncMember(int level) {
    reporter.mute(true);
    try {
      while (true) {
        Token t = peek();
        if (t.kind() == TokenKind.EOF || depth() < level) {
          return;
        }
        if (t.kind() == TokenKind.RBRACE && open.indexOf("{", level) < 0) {
          return;
        }
        if (t.kind() == TokenKind.NEWLINE && depth() == level) {
          advance();
          return;
        }
        advance();
        if (t.kind() == TokenKind.NEWLINE && startsMember()) {
          // An unclosed bracket before: the next line reads like a member, so resume there.
          open.setLength(level);
          return;
        }
      }
    } finally {
      reporter.mute(false);
    }
  }

  private boolean startsMember() {
    Token t = peek();
    if (t.kind() == TokenKind.ATAT) {
      return true;
    }
    if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.QIDENT) {
      return false;
    }
    TokenKind next = peekSecond().kind();
    return next == TokenKind.IDENT || next == TokenKind.QIDENT;
  }

  /** How many brackets are open after the tokens consumed so far. */
  int depth() {
    return open.length();
  }

  /**
   * Tracks open brackets. A closer pops through to its opener, but a {@code )} or {@code ]} never
   * pops past a {@code {}: a stray parenthesis must not close a block.
   */
  private void track(TokenKind kind) {
    switch (kind) {
      case LPAREN -> open.append('(');
      case LBRACKET -> open.append('[');
      case LBRACE -> open.append('{');
      case RPAREN -> popTo('(', false);
      case RBRACKET -> popTo('[', false);
      case RBRACE -> popTo('{', true);
      default -> {}
    }
  }

  private void popTo(char opener, boolean crossBraces) {
    for (int i = open.length() - 1; i >= 0; i--) {
      char c = open.charAt(i);
      if (c == opener) {
        open.setLength(i);
        return;
      }
      if (c == '{' && !crossBraces) {
        return;
      }
    }
  }

  /**
   * After an error in a declaration: skips to the next line that starts with a declaration keyword
   * or a doc comment, or to a {@code }} at line start that may close a schema block, stepping over
   * {@code { }} blocks.
   */
  void syncDeclaration(int declStart) {
    reporter.mute(true);
    try {
      int depth = 0;
      while (true) {
        Token t = peek();
        if (t.kind() == TokenKind.EOF) {
          return;
        }
        if (t.start() != declStart && depth == 0 && atLineStart()) {
          if (t.kind() == TokenKind.DOC
              || t.kind() == TokenKind.RBRACE
              || t.kind() == TokenKind.IDENT && Keywords.isDeclaration(t.text())) {
            return;
          }
        }
        if (t.kind() == TokenKind.LBRACE) {
          depth++;
        } else if (t.kind() == TokenKind.RBRACE) {
          depth = Math.max(0, depth - 1);
        }
        advance();
      }
    } finally {
      reporter.mute(false);
    }
  }

  /** Reads an operator ({@code =}, {@code &&}, {@code -|-}) after the last consumed token. */
  String operator() {
    Token ahead = cur;
    int i = ahead != null ? ahead.start() : lastEnd;
    String text = source.text();
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    int start = i;
    while (i < text.length() && SqlScanner.isOperatorChar(text.charAt(i))) {
      i++;
    }
    if (i == start) {
      jump(start);
      throw fail("expected an operator after 'with' (such as =, && or -|-)");
    }
    jump(i);
    return text.substring(start, i);
  }

  private Value.Sql sql(String raw, int offset, String context) {
    String text = raw.strip();
    Pos at = source.pos(offset + leading(raw));
    if (text.isEmpty()) {
      throw failAt(at, "expected an SQL expression" + context + ", found nothing");
    }
    return new Value.Sql(text, at);
  }

  private static int leading(String raw) {
    int i = 0;
    while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
      i++;
    }
    return i;
  }

  private void recoverFromSql(SqlScanner.Result r, int from) {
    String message = r.error();
    reporter.error(source, source.pos(r.errorAt()), message == null ? "bad SQL" : message);
    if (r.end() >= source.text().length()) {
      // Ran to the end: resume at the next line so that the rest of the file is still checked.
      int next = source.text().indexOf('\n', from);
      jump(next < 0 ? source.text().length() : next);
    } else {
      jump(r.end());
    }
    throw ParseError.INSTANCE;
  }

  /** Moves the lexer to an offset and forgets the current token. */
  private void jump(int offset) {
    lexer.reset(offset);
    cur = null;
    second = null;
    lastEnd = offset;
    prev = TokenKind.RPAREN;
  }

  private int lexerOffset() {
    return lastEnd;
  }
}
