package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Arg;
import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.IndexElement;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.Value;
import java.util.ArrayList;
import java.util.List;

/** Attributes ({@code @name(args)}, {@code @@name(args)}), their values and index elements. */
final class AttributeParser {

  private static final int MAX_DEPTH = 32;

  private final TokenStream ts;
  private final TypeParser types;
  private int depth;

  AttributeParser(TokenStream ts, TypeParser types) {
    this.ts = ts;
    this.types = types;
  }

  /** Field attributes on the current line. */
  List<Attribute> fieldAttributes() {
    List<Attribute> out = new ArrayList<>(2);
    while (ts.at(TokenKind.AT) || ts.at(TokenKind.ATAT)) {
      if (ts.at(TokenKind.ATAT)) {
        throw ts.fail(
            "expected a field attribute (@name)", "block attributes (@@name) go on their own line");
      }
      out.add(attribute());
    }
    return out;
  }

  /** Attributes after a one-line declaration; they may continue on following lines. */
  List<Attribute> trailingAttributes() {
    List<Attribute> out = new ArrayList<>(1);
    while (ts.peekNl().kind() == TokenKind.AT) {
      out.add(attribute());
    }
    return out;
  }

  /** {@code @name[(args)]} or {@code @@name[(args)]} at the current token. */
  Attribute attribute() {
    Token at = ts.advance();
    boolean block = at.kind() == TokenKind.ATAT;
    if (!ts.at(TokenKind.IDENT) || ts.peek().start() != at.end()) {
      throw ts.fail("expected an attribute name right after '" + at.text() + "'");
    }
    Token nameToken = ts.advance();
    Ident name = new Ident(nameToken.text(), false, nameToken.pos());
    if (!ts.at(TokenKind.LPAREN)) {
      return new Attribute(name, block, false, List.of(), at.pos());
    }
    Token open = ts.advance();
    List<Arg> args = args(name.text(), block, " of " + (block ? "@@" : "@") + name.text(), open);
    return new Attribute(name, block, true, args, at.pos());
  }

  /** Arguments up to and including the closing parenthesis (the opening one is consumed). */
  private List<Arg> args(String attribute, boolean block, String context, Token open) {
    List<Arg> out = new ArrayList<>(3);
    int positional = 0;
    while (true) {
      if (AttributeSyntax.sqlPositional(attribute, positional) && out.isEmpty()) {
        Value.Sql sql = ts.sqlArgument(context);
        out.add(new Arg(null, sql, sql.pos()));
        positional++;
      } else {
        Token t = ts.peekNl();
        if (t.kind() == TokenKind.RPAREN) {
          break;
        }
        if (t.kind() == TokenKind.RBRACE || t.kind() == TokenKind.EOF) {
          throw notClosed(context, open);
        }
        Arg arg = arg(attribute, block, positional, context);
        if (arg.name() == null) {
          positional++;
        }
        out.add(arg);
      }
      Token sep = ts.peekNl();
      if (sep.kind() == TokenKind.COMMA) {
        ts.advance();
        continue;
      }
      if (sep.kind() != TokenKind.RPAREN) {
        throw notClosed(context, open);
      }
      break;
    }
    ts.advance();
    return out;
  }

  private ParseError notClosed(String context, Token open) {
    return ts.fail(
        "expected ',' or ')' in the arguments"
            + context
            + " (opened at "
            + open.pos().line()
            + ":"
            + open.pos().col()
            + ")");
  }

  private Arg arg(String attribute, boolean block, int positional, String context) {
    Token t = ts.peekNl();
    if ((t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QIDENT)
        && ts.peekSecond().kind() == TokenKind.COLON) {
      // a quoted name is for names that are not words, such as "toast.autovacuum_enabled"
      ts.advance();
      ts.advance();
      Ident name = new Ident(t.text(), t.kind() == TokenKind.QIDENT, t.pos());
      Value value;
      if (AttributeSyntax.sqlNamed(attribute, t.text())) {
        value = ts.sqlArgument(" for '" + t.text() + ":'" + context);
      } else if (AttributeSyntax.elements(attribute, block, t.text(), positional)) {
        value = elementList();
      } else {
        value = value(" for '" + t.text() + ":'" + context);
      }
      return new Arg(name, value, t.pos());
    }
    Value value =
        AttributeSyntax.elements(attribute, block, null, positional)
            ? elementList()
            : value(context);
    return new Arg(null, value, t.pos());
  }

  /** A value: name, call, string, number, list, map or {@code (SQL)}. */
  Value value(String context) {
    Token t = ts.peekNl();
    switch (t.kind()) {
      case STRING:
        ts.advance();
        return new Value.Str(t.text(), t.pos());
      case NUMBER:
        ts.advance();
        return new Value.Num(t.text(), t.pos());
      case LPAREN:
        return ts.sqlInParens(context);
      case LBRACKET:
        return nested(() -> list(context), t);
      case LBRACE:
        return nested(() -> map(context), t);
      case IDENT:
      case QIDENT:
        {
          QName name = types.qname("a name");
          if (ts.at(TokenKind.LPAREN)) {
            Token open = ts.advance();
            List<Arg> args = nested(() -> args("", false, context, open), t);
            return new Value.Call(name, args, t.pos());
          }
          return new Value.Name(name, t.pos());
        }
      default:
        throw ts.fail("expected a value" + context);
    }
  }

  private <T> T nested(java.util.function.Supplier<T> parse, Token at) {
    if (++depth > MAX_DEPTH) {
      depth = 0;
      throw ts.failAt(
          at.pos(), "values are nested too deeply (more than " + MAX_DEPTH + " levels)");
    }
    try {
      return parse.get();
    } finally {
      depth = Math.max(0, depth - 1);
    }
  }

  private Value list(String context) {
    Token open = ts.advance();
    List<Value> items = new ArrayList<>();
    while (ts.peekNl().kind() != TokenKind.RBRACKET) {
      items.add(value(context));
      if (!acceptComma()) {
        break;
      }
    }
    ts.skipNewlines();
    ts.expect(TokenKind.RBRACKET, " to close the list" + context);
    return new Value.ListOf(items, open.pos());
  }

  private Value map(String context) {
    Token open = ts.advance();
    List<Arg> entries = new ArrayList<>();
    while (ts.peekNl().kind() != TokenKind.RBRACE) {
      Ident key = ts.ident("a key in { key: value }");
      ts.skipNewlines();
      ts.expect(TokenKind.COLON, " after the key '" + key.text() + "'");
      entries.add(new Arg(key, value(context), key.pos()));
      if (!acceptComma()) {
        break;
      }
    }
    ts.skipNewlines();
    ts.expect(TokenKind.RBRACE, " to close the map" + context);
    return new Value.MapOf(entries, open.pos());
  }

  /** {@code [element, ...]}. */
  private Value elementList() {
    Token open = ts.peekNl();
    if (open.kind() != TokenKind.LBRACKET) {
      throw ts.fail("expected '[' and a list of columns or (expressions)");
    }
    ts.advance();
    List<Value> items = new ArrayList<>();
    while (ts.peekNl().kind() != TokenKind.RBRACKET) {
      items.add(new Value.Element(element()));
      if (!acceptComma()) {
        break;
      }
    }
    ts.skipNewlines();
    ts.expect(TokenKind.RBRACKET, " to close the list of elements");
    return new Value.ListOf(items, open.pos());
  }

  /**
   * {@code column | (expression)} {@code [collate c] [opclass [(p = v)]] [asc|desc] [nulls
   * first|last] [with op]}.
   */
  IndexElement element() {
    Token t = ts.peekNl();
    Ident column = null;
    String expression = null;
    if (t.kind() == TokenKind.LPAREN) {
      expression = ts.sqlInParens(" of an index expression").text();
    } else if (t.kind() == TokenKind.IDENT || t.kind() == TokenKind.QIDENT) {
      column = ts.ident("a column");
      if (ts.at(TokenKind.LPAREN)) {
        throw ts.fail(
            "expected a column",
            "an expression is written in parentheses, as in (" + column.text() + "(...))");
      }
    } else {
      throw ts.fail("expected a column or an (expression)");
    }
    QName collation = null;
    if (ts.peekNl().isWord("collate")) {
      ts.advance();
      collation = types.qname("a collation after 'collate'");
    }
    QName opclass = null;
    List<Arg> params = List.of();
    Token next = ts.peekNl();
    if ((next.kind() == TokenKind.IDENT && !isElementWord(next.text()))
        || next.kind() == TokenKind.QIDENT) {
      opclass = types.qname("an operator class");
      if (ts.at(TokenKind.LPAREN)) {
        params = opclassParams();
      }
    }
    String order = null;
    if (ts.peekNl().isWord("asc") || ts.peek().isWord("desc")) {
      order = ts.advance().text();
    }
    String nulls = null;
    if (ts.peekNl().isWord("nulls")) {
      ts.advance();
      if (!ts.peekNl().isWord("first") && !ts.peek().isWord("last")) {
        throw ts.fail("expected 'first' or 'last' after 'nulls'");
      }
      nulls = ts.advance().text();
    }
    String operator = null;
    if (ts.peekNl().isWord("with")) {
      ts.advance();
      operator = ts.operator();
    }
    return new IndexElement(
        column, expression, collation, opclass, params, order, nulls, operator, t.pos());
  }

  private static boolean isElementWord(String word) {
    return switch (word) {
      case "collate", "asc", "desc", "nulls", "with" -> true;
      default -> false;
    };
  }

  /** {@code (siglen = 32, ...)}. */
  private List<Arg> opclassParams() {
    ts.advance();
    List<Arg> out = new ArrayList<>();
    while (ts.peekNl().kind() != TokenKind.RPAREN) {
      Ident key = ts.ident("an operator class parameter name");
      ts.skipNewlines();
      ts.expect(TokenKind.EQ, " after the operator class parameter '" + key.text() + "'");
      out.add(new Arg(key, value(" for operator class parameter '" + key.text() + "'"), key.pos()));
      if (!acceptComma()) {
        break;
      }
    }
    ts.skipNewlines();
    ts.expect(TokenKind.RPAREN, " to close the operator class parameters");
    return out;
  }

  private boolean acceptComma() {
    return ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null;
  }
}
