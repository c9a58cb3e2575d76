package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.RoutineDecl;
import io.pgorm.schema.internal.ast.TriggerDecl;
import io.pgorm.schema.internal.ast.TypeRef;
import io.pgorm.schema.internal.ast.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Functions, procedures and triggers, in PostgreSQL's own words. */
final class RoutineParser {

  private static final Set<String> MODES = Set.of("in", "out", "inout", "variadic");

  private final TokenStream ts;
  private final TypeParser types;
  private final TriggerParser triggers;

  RoutineParser(TokenStream ts, TypeParser types) {
    this.ts = ts;
    this.types = types;
    this.triggers = new TriggerParser(ts, types);
  }

  TriggerDecl trigger(@Nullable String doc) {
    return triggers.trigger(doc);
  }

  RoutineDecl routine(@Nullable String doc) {
    Token kw = ts.advance();
    boolean procedure = kw.text().equals("procedure");
    String what = procedure ? "procedure" : "function";
    QName name = types.qname("a " + what + " name after '" + what + "'");
    if (!ts.at(TokenKind.LPAREN)) {
      throw ts.fail("expected '(' and the arguments after " + what + " '" + name + "'");
    }
    List<RoutineDecl.Param> params = params();
    Clauses c = new Clauses();
    while (true) {
      Token t = ts.peekNl();
      if (t.isWord("as")) {
        ts.advance();
        Token body = ts.peekNl();
        if (body.kind() != TokenKind.DOLLAR && body.kind() != TokenKind.STRING) {
          throw ts.fail("expected the body as $$...$$ after 'as'");
        }
        ts.advance();
        return new RoutineDecl(
            doc,
            procedure,
            name,
            params,
            c.returns,
            c.language,
            c.volatility,
            c.strict,
            c.security,
            c.leakproof,
            c.parallel,
            c.cost,
            c.rows,
            c.settings,
            body.text(),
            kw.pos());
      }
      if (t.kind() == TokenKind.DOLLAR) {
        throw ts.fail("expected 'as' before the body");
      }
      clause(c, t, procedure);
    }
  }

  /** The clauses read so far; each may appear once. */
  private static final class Clauses {
    RoutineDecl.@Nullable Returns returns;
    @Nullable Ident language;
    @Nullable String volatility;
    @Nullable Boolean strict;
    @Nullable String security;
    @Nullable Boolean leakproof;
    @Nullable String parallel;
    @Nullable String cost;
    @Nullable String rows;
    final List<RoutineDecl.Setting> settings = new ArrayList<>();
  }

  private void clause(Clauses c, Token t, boolean procedure) {
    String w = t.kind() == TokenKind.IDENT ? t.text() : "";
    switch (w) {
      case "returns" -> {
        ts.advance();
        if (ts.atWord("null")) {
          ts.advance();
          expectWords("on", "null", "input");
          c.strict = once(c.strict, t, "strictness", true);
        } else {
          if (procedure) {
            throw ts.failAt(
                t.pos(), "a procedure returns nothing; use a function or 'out' arguments");
          }
          c.returns = once(c.returns, t, "returns", returns(t));
        }
      }
      case "language" -> {
        ts.advance();
        c.language = once(c.language, t, "language", ts.ident("a language after 'language'"));
      }
      case "immutable", "stable", "volatile" -> {
        ts.advance();
        c.volatility = once(c.volatility, t, "volatility", w);
      }
      case "strict" -> {
        ts.advance();
        c.strict = once(c.strict, t, "strictness", true);
      }
      case "called" -> {
        ts.advance();
        expectWords("on", "null", "input");
        c.strict = once(c.strict, t, "strictness", false);
      }
      case "security" -> {
        ts.advance();
        if (!ts.atWord("definer") && !ts.atWord("invoker")) {
          throw ts.fail("expected 'definer' or 'invoker' after 'security'");
        }
        c.security = once(c.security, t, "security", ts.advance().text());
      }
      case "leakproof" -> {
        ts.advance();
        c.leakproof = once(c.leakproof, t, "leakproof", true);
      }
      case "not" -> {
        ts.advance();
        ts.expectWord("leakproof", " after 'not'");
        c.leakproof = once(c.leakproof, t, "leakproof", false);
      }
      case "parallel" -> {
        ts.advance();
        if (!ts.atWord("safe") && !ts.atWord("restricted") && !ts.atWord("unsafe")) {
          throw ts.fail("expected 'safe', 'restricted' or 'unsafe' after 'parallel'");
        }
        c.parallel = once(c.parallel, t, "parallel", ts.advance().text());
      }
      case "cost", "rows" -> {
        ts.advance();
        if (!ts.at(TokenKind.NUMBER)) {
          throw ts.fail("expected a number after '" + w + "'");
        }
        String n = ts.advance().text();
        if (w.equals("cost")) {
          c.cost = once(c.cost, t, "cost", n);
        } else {
          c.rows = once(c.rows, t, "rows", n);
        }
      }
      case "set" -> {
        ts.advance();
        c.settings.add(setting(t));
      }
      default ->
          throw ts.fail(
              "expected a clause (returns, language, immutable/stable/volatile, strict, security,"
                  + " parallel, set, ...) or 'as $$...$$'");
    }
  }

  private <T> T once(@Nullable T previous, Token at, String what, T value) {
    if (previous != null) {
      throw ts.failAt(at.pos(), "the " + what + " is given twice");
    }
    return value;
  }

  private void expectWords(String... words) {
    for (String w : words) {
      ts.expectWord(w, "");
    }
  }

  private RoutineDecl.Returns returns(Token at) {
    if (ts.atWord("table") && ts.peekSecond().kind() == TokenKind.LPAREN) {
      ts.advance();
      ts.advance();
      List<RoutineDecl.Param> columns = new ArrayList<>();
      do {
        Ident name = ts.ident("a column name in returns table (...)");
        TypeRef type = types.type(" after column '" + name.text() + "'");
        columns.add(new RoutineDecl.Param(null, name, type, null, name.pos()));
      } while (ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null);
      ts.skipNewlines();
      ts.expect(TokenKind.RPAREN, " to close returns table (...)");
      return new RoutineDecl.ReturnsTable(columns, at.pos());
    }
    boolean setof = ts.acceptWord("setof");
    return new RoutineDecl.ReturnsType(types.type(" after 'returns'"), setof, at.pos());
  }

  private RoutineDecl.Setting setting(Token at) {
    Ident name = ts.ident("a setting name after 'set'");
    if (ts.acceptWord("from")) {
      ts.expectWord("current", " after 'from'");
      return new RoutineDecl.Setting(name, List.of(), true, at.pos());
    }
    if (!ts.accept(TokenKind.EQ) && !ts.acceptWord("to")) {
      throw ts.fail("expected '=' or 'to' after 'set " + name.text() + "'");
    }
    List<Value> values = new ArrayList<>();
    do {
      Token v = ts.peek();
      switch (v.kind()) {
        case IDENT, QIDENT -> values.add(new Value.Name(QName.of(ts.ident("a value")), v.pos()));
        case STRING -> values.add(new Value.Str(ts.advance().text(), v.pos()));
        case NUMBER -> values.add(new Value.Num(ts.advance().text(), v.pos()));
        default -> throw ts.fail("expected a value for setting '" + name.text() + "'");
      }
    } while (ts.accept(TokenKind.COMMA));
    return new RoutineDecl.Setting(name, values, false, at.pos());
  }

  /** {@code ( [param {, param}] )}. */
  private List<RoutineDecl.Param> params() {
    ts.advance();
    List<RoutineDecl.Param> out = new ArrayList<>();
    while (ts.peekNl().kind() != TokenKind.RPAREN) {
      out.add(param());
      if (!(ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null)) {
        break;
      }
    }
    ts.skipNewlines();
    ts.expect(TokenKind.RPAREN, " to close the arguments");
    return out;
  }

  private RoutineDecl.Param param() {
    Token start = ts.peekNl();
    String mode = null;
    if (start.kind() == TokenKind.IDENT && MODES.contains(start.text())) {
      mode = ts.advance().text();
    }
    Ident first = ts.ident("an argument name or type");
    Ident name = null;
    TypeRef type;
    if (ts.atIdent() && !ts.atWord("default") && !types.continuesType(first)) {
      name = first;
      type = types.type(" after argument '" + first.text() + "'");
    } else {
      type = types.typeAfter(first);
    }
    Value.Sql dflt = null;
    if (ts.atWord("default") || ts.at(TokenKind.EQ)) {
      ts.advance();
      dflt = ts.sqlArgument(" of the argument default");
    }
    return new RoutineDecl.Param(mode, name, type, dflt, start.pos());
  }
}
