package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.TriggerDecl;
import io.pgorm.schema.internal.ast.Value;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code [constraint] trigger ...} in PostgreSQL's clause order. */
final class TriggerParser {

  private final TokenStream ts;
  private final TypeParser types;

  TriggerParser(TokenStream ts, TypeParser types) {
    this.ts = ts;
    this.types = types;
  }

  TriggerDecl trigger(@Nullable String doc) {
    Token kw = ts.advance();
    boolean constraint = kw.text().equals("constraint");
    if (constraint) {
      ts.expectWord("trigger", " after 'constraint' (constraints of a table go in its model)");
    }
    Ident name = ts.ident("a trigger name after 'trigger'");
    String timing = timing();
    List<TriggerDecl.Event> events = new ArrayList<>();
    do {
      events.add(event());
    } while (ts.peekNl().isWord("or") && ts.advance() != null);
    ts.skipNewlines();
    ts.expectWord("on", " and the table after the trigger events");
    QName table = types.qname("a table after 'on'");
    QName from = null;
    if (ts.peekNl().isWord("from")) {
      ts.advance();
      from = types.qname("the referenced table after 'from'");
    }

    Boolean deferrable = null;
    Boolean initiallyDeferred = null;
    if (ts.peekNl().isWord("not") && ts.peekSecond().isWord("deferrable")) {
      ts.advance();
      ts.advance();
      deferrable = false;
    } else if (ts.peekNl().isWord("deferrable")) {
      ts.advance();
      deferrable = true;
    }
    if (ts.peekNl().isWord("initially")) {
      ts.advance();
      if (!ts.atWord("deferred") && !ts.atWord("immediate")) {
        throw ts.fail("expected 'deferred' or 'immediate' after 'initially'");
      }
      initiallyDeferred = ts.advance().text().equals("deferred");
    }
    List<TriggerDecl.Transition> transitions = new ArrayList<>();
    if (ts.peekNl().isWord("referencing")) {
      ts.advance();
      while (ts.peekNl().isWord("old") || ts.peek().isWord("new")) {
        Token which = ts.advance();
        ts.expectWord(
            "table",
            " after '" + which.text() + "' (referencing " + which.text() + " table as name)");
        ts.acceptWord("as");
        Ident tname = ts.ident("a transition table name");
        transitions.add(new TriggerDecl.Transition(which.text().equals("new"), tname, which.pos()));
      }
      if (transitions.isEmpty()) {
        throw ts.fail("expected 'old table as name' or 'new table as name' after 'referencing'");
      }
    }
    Boolean forEachRow = null;
    if (ts.peekNl().isWord("for")) {
      ts.advance();
      ts.acceptWord("each");
      if (!ts.atWord("row") && !ts.atWord("statement")) {
        throw ts.fail("expected 'row' or 'statement' after 'for each'");
      }
      forEachRow = ts.advance().text().equals("row");
    }
    Value.Sql when = null;
    if (ts.peekNl().isWord("when")) {
      ts.advance();
      when = ts.sqlInParens(" of 'when'");
    }
    ts.skipNewlines();
    ts.expectWord("execute", " and the function to run (execute function f())");
    if (!ts.acceptWord("function")) {
      ts.acceptWord("procedure");
    }
    QName function = types.qname("the trigger function after 'execute'");
    List<Value> args = args();
    return new TriggerDecl(
        doc,
        constraint,
        name,
        timing,
        events,
        table,
        from,
        deferrable,
        initiallyDeferred,
        transitions,
        forEachRow,
        when,
        function,
        args,
        kw.pos());
  }

  private String timing() {
    Token t = ts.peekNl();
    if (t.isWord("before") || t.isWord("after")) {
      return ts.advance().text();
    }
    if (t.isWord("instead")) {
      ts.advance();
      ts.expectWord("of", " after 'instead'");
      return "instead of";
    }
    throw ts.fail("expected 'before', 'after' or 'instead of' after the trigger name");
  }

  private TriggerDecl.Event event() {
    Token t = ts.peekNl();
    String w = t.kind() == TokenKind.IDENT ? t.text() : "";
    switch (w) {
      case "insert", "delete", "truncate" -> {
        ts.advance();
        return new TriggerDecl.Event(w, List.of(), t.pos());
      }
      case "update" -> {
        ts.advance();
        List<Ident> columns = new ArrayList<>();
        if (ts.peekNl().isWord("of")) {
          ts.advance();
          do {
            ts.skipNewlines();
            columns.add(ts.ident("a column after 'update of'"));
          } while (ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null);
        }
        return new TriggerDecl.Event(w, columns, t.pos());
      }
      default -> throw ts.fail("expected a trigger event (insert, update, delete or truncate)");
    }
  }

  private List<Value> args() {
    ts.expect(TokenKind.LPAREN, " after the trigger function name");
    List<Value> out = new ArrayList<>();
    while (ts.peekNl().kind() != TokenKind.RPAREN) {
      Token v = ts.peek();
      switch (v.kind()) {
        case STRING -> out.add(new Value.Str(ts.advance().text(), v.pos()));
        case NUMBER -> out.add(new Value.Num(ts.advance().text(), v.pos()));
        case IDENT -> out.add(new Value.Name(QName.of(ts.ident("an argument")), v.pos()));
        default -> throw ts.fail("expected a trigger argument (a string, number or name)");
      }
      if (!(ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null)) {
        break;
      }
    }
    ts.skipNewlines();
    ts.expect(TokenKind.RPAREN, " to close the trigger arguments");
    return out;
  }
}
