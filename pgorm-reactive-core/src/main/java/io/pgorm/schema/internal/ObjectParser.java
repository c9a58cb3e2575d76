package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.DomainDecl;
import io.pgorm.schema.internal.ast.GrantDecl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.PartitionDecl;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.internal.ast.TypeRef;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.internal.ast.ViewDecl;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The SQL-shaped declarations: domain, sequence, view, partition and grant. */
final class ObjectParser {

  private static final Set<String> GRANT_KINDS =
      Set.of("table", "sequence", "function", "procedure", "schema", "type", "domain");

  private final TokenStream ts;
  private final TypeParser types;
  private final AttributeParser attributes;
  private final BlockParser blocks;

  ObjectParser(TokenStream ts, TypeParser types, AttributeParser attributes, BlockParser blocks) {
    this.ts = ts;
    this.types = types;
    this.attributes = attributes;
    this.blocks = blocks;
  }

  DomainDecl domain(@Nullable String doc) {
    Token kw = ts.advance();
    QName name = types.qname("a domain name after 'domain'");
    ts.expectWord("as", " after the domain name (domain " + name + " as <type>)");
    TypeRef type = types.type(" after 'as'");
    boolean notNull = false;
    Value.Sql defaultValue = null;
    QName collation = null;
    List<DomainDecl.Check> checks = new ArrayList<>();
    String checkDoc = null;
    while (true) {
      if (ts.peekNl().kind() == TokenKind.DOC) {
        String d = ts.docComments();
        Token next = ts.peekNl();
        if (d != null
            && (next.isWord("check")
                || next.isWord("constraint") && !ts.peekSecond().isWord("trigger"))) {
          checkDoc = d;
        } else if (d != null) {
          ts.giveBackDoc(d); // the doc comment of the next declaration
          break;
        }
      }
      Token t = ts.peekNl();
      if (t.isWord("not") && !notNull) {
        ts.advance();
        ts.expectWord("null", " after 'not'");
        notNull = true;
      } else if (t.isWord("default") && defaultValue == null) {
        ts.advance();
        defaultValue = ts.sqlInParens(" of the domain default");
      } else if (t.isWord("collate") && collation == null) {
        ts.advance();
        collation = types.qname("a collation after 'collate'");
      } else if (t.isWord("check")
          || t.isWord("constraint") && !ts.peekSecond().isWord("trigger")) {
        Ident constraint = null;
        if (ts.acceptWord("constraint")) {
          constraint = ts.ident("a constraint name after 'constraint'");
          ts.skipNewlines();
          ts.expectWord("check", " after 'constraint " + constraint.text() + "'");
        } else {
          ts.advance();
        }
        checks.add(
            new DomainDecl.Check(checkDoc, constraint, ts.sqlInParens(" of the check"), t.pos()));
        checkDoc = null;
      } else if (isDuplicate(t, notNull, defaultValue != null, collation != null)) {
        throw ts.fail("expected each domain clause once");
      } else {
        break;
      }
    }
    List<Attribute> attrs = attributes.trailingAttributes();
    return new DomainDecl(
        doc, name, type, notNull, defaultValue, collation, checks, attrs, kw.pos());
  }

  private static boolean isDuplicate(Token t, boolean notNull, boolean dflt, boolean collate) {
    return t.isWord("not") && notNull
        || t.isWord("default") && dflt
        || t.isWord("collate") && collate;
  }

  SequenceDecl sequence(@Nullable String doc) {
    Token kw = ts.advance();
    QName name = types.qname("a sequence name after 'sequence'");
    TypeRef type = null;
    String increment = null;
    String min = null;
    String max = null;
    String start = null;
    String cache = null;
    Boolean cycle = null;
    QName ownedBy = null;
    while (true) {
      Token t = ts.peekNl();
      String w = t.kind() == TokenKind.IDENT ? t.text() : "";
      switch (w) {
        case "as" -> {
          ts.advance();
          type = types.type(" after 'as'");
        }
        case "increment" -> {
          ts.advance();
          ts.acceptWord("by");
          increment = number("increment");
        }
        case "minvalue" -> {
          ts.advance();
          min = number("minvalue");
        }
        case "maxvalue" -> {
          ts.advance();
          max = number("maxvalue");
        }
        case "start" -> {
          ts.advance();
          ts.acceptWord("with");
          start = number("start");
        }
        case "cache" -> {
          ts.advance();
          cache = number("cache");
        }
        case "cycle" -> {
          ts.advance();
          cycle = true;
        }
        case "no" -> {
          ts.advance();
          if (ts.acceptWord("cycle")) {
            cycle = false;
          } else if (!ts.acceptWord("minvalue") && !ts.acceptWord("maxvalue")) {
            throw ts.fail("expected 'minvalue', 'maxvalue' or 'cycle' after 'no'");
          }
        }
        case "owned" -> {
          ts.advance();
          ts.expectWord("by", " after 'owned'");
          ownedBy = types.qname("a table.column after 'owned by'");
        }
        default -> {
          List<Attribute> attrs = attributes.trailingAttributes();
          return new SequenceDecl(
              doc, name, type, increment, min, max, start, cache, cycle, ownedBy, attrs, kw.pos());
        }
      }
    }
  }

  private String number(String after) {
    Token t = ts.peekNl();
    if (t.kind() != TokenKind.NUMBER) {
      throw ts.fail("expected a number after '" + after + "'");
    }
    return ts.advance().text();
  }

  ViewDecl view(@Nullable String doc) {
    Token kw = ts.advance();
    boolean materialized = kw.text().equals("materialized");
    if (materialized) {
      ts.expectWord("view", " after 'materialized'");
    }
    QName name = types.qname("a view name");
    ts.skipNewlines();
    ts.expectWord("as", " and the query in parentheses after the view name");
    Value.Sql query;
    Token t = ts.peekNl();
    if (t.kind() == TokenKind.DOLLAR) {
      ts.advance();
      if (t.text().isBlank()) {
        throw ts.failAt(t.pos(), "expected a query in the view body, found nothing");
      }
      query = new Value.Sql(t.text().strip(), t.pos());
    } else {
      query = ts.sqlInParens(" of the view query");
    }

    List<Member> members = List.of();
    if (ts.peekNl().kind() == TokenKind.LBRACE) {
      String what = (materialized ? "materialized view '" : "view '") + name + "'";
      members = blocks.members(what, true);
    }
    return new ViewDecl(doc, materialized, name, query, members, kw.pos());
  }

  PartitionDecl partition(@Nullable String doc) {
    Token kw = ts.advance();
    QName name = types.qname("a partition name after 'partition'");
    ts.expectWord("of", " after the partition name (partition " + name + " of <model> ...)");
    QName parent = types.qname("the partitioned model after 'of'");
    PartitionDecl.Bound bound = bound();
    List<Member> members = List.of();
    if (ts.peekNl().kind() == TokenKind.LBRACE) {
      members = blocks.members("partition '" + name + "'", false);
    }
    return new PartitionDecl(doc, name, parent, bound, members, kw.pos());
  }

  private PartitionDecl.Bound bound() {
    Token t = ts.peekNl();
    if (t.isWord("default")) {
      ts.advance();
      return new PartitionDecl.Default(t.pos());
    }
    if (!t.isWord("for")) {
      throw ts.fail("expected 'for values ...' or 'default' after the partitioned model");
    }
    ts.advance();
    ts.expectWord("values", " after 'for'");
    Token kind = ts.peekNl();
    if (kind.isWord("from")) {
      ts.advance();
      List<Value.Sql> from = sqlList(" of 'from'");
      ts.skipNewlines();
      ts.expectWord("to", " after 'from (...)'");
      return new PartitionDecl.Range(from, sqlList(" of 'to'"), kind.pos());
    }
    if (kind.isWord("in")) {
      ts.advance();
      return new PartitionDecl.In(sqlList(" of 'in'"), kind.pos());
    }
    if (kind.isWord("with")) {
      ts.advance();
      ts.expect(TokenKind.LPAREN, " after 'with' (with (modulus m, remainder r))");
      ts.skipNewlines();
      ts.expectWord("modulus", " in with (modulus m, remainder r)");
      String modulus = number("modulus");
      ts.skipNewlines();
      ts.expect(TokenKind.COMMA, " after the modulus");
      ts.skipNewlines();
      ts.expectWord("remainder", " in with (modulus m, remainder r)");
      String remainder = number("remainder");
      ts.skipNewlines();
      ts.expect(TokenKind.RPAREN, " to close with (modulus m, remainder r)");
      return new PartitionDecl.Hash(modulus, remainder, kind.pos());
    }
    throw ts.fail("expected 'from', 'in' or 'with' after 'for values'");
  }

  /** {@code (a, b)} as separate SQL values. */
  private List<Value.Sql> sqlList(String context) {
    ts.skipNewlines();
    Value.Sql all = ts.sqlInParens(context);
    String text = all.text();
    List<Value.Sql> out = new ArrayList<>();
    int from = 0;
    List<Integer> commas = new ArrayList<>(SqlScanner.topLevelCommas(text));
    commas.add(text.length());
    for (int comma : commas) {
      String piece = text.substring(from, comma);
      String value = piece.strip();
      int lead = 0;
      while (lead < piece.length() && Character.isWhitespace(piece.charAt(lead))) {
        lead++;
      }
      int offset = all.pos().offset() + from + lead;
      if (value.isEmpty()) {
        throw ts.failAt(ts.source().pos(offset), "expected a value" + context + ", found nothing");
      }
      out.add(new Value.Sql(value, ts.source().pos(offset)));
      from = comma + 1;
    }
    return out;
  }

  GrantDecl grant(@Nullable String doc) {
    Token kw = ts.advance();
    if (doc != null) {
      ts.report(
          kw.pos(), "a grant cannot have a doc comment (PostgreSQL keeps no comments on grants)");
    }
    List<GrantDecl.Privilege> privileges = new ArrayList<>();
    do {
      Token p = ts.peekNl();
      if (p.kind() != TokenKind.IDENT) {
        throw ts.fail(
            "expected a privilege (select, insert, update, delete, usage, execute, all, ...)");
      }
      ts.advance();
      if (p.text().equals("all")) {
        ts.acceptWord("privileges");
      }
      List<Ident> columns = List.of();
      if (ts.at(TokenKind.LPAREN)) {
        columns = identList("a column name");
      }
      privileges.add(new GrantDecl.Privilege(p.text(), columns, p.pos()));
    } while (ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null);
    ts.skipNewlines();
    ts.expectWord("on", " after the privileges");
    String kind = "table";
    Token k = ts.peekNl();
    if (k.kind() == TokenKind.IDENT
        && GRANT_KINDS.contains(k.text())
        && (ts.peekSecond().kind() == TokenKind.IDENT
            || ts.peekSecond().kind() == TokenKind.QIDENT)) {
      kind = ts.advance().text();
    }
    QName object = types.qname("the object to grant on");
    List<TypeRef> args = null;
    if (ts.at(TokenKind.LPAREN)) {
      ts.advance();
      args = new ArrayList<>();
      while (ts.peekNl().kind() != TokenKind.RPAREN) {
        args.add(types.type(" in the argument types"));
        if (!(ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null)) {
          break;
        }
      }
      ts.skipNewlines();
      ts.expect(TokenKind.RPAREN, " to close the argument types");
    }
    ts.skipNewlines();
    ts.expectWord("to", " and the roles after the object");
    List<Ident> roles = new ArrayList<>();
    do {
      ts.skipNewlines();
      roles.add(ts.ident("a role name"));
    } while (ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null);
    boolean grantOption = false;
    if (ts.peekNl().isWord("with")) {
      ts.advance();
      ts.expectWord("grant", " after 'with'");
      ts.expectWord("option", " after 'with grant'");
      grantOption = true;
    }
    return new GrantDecl(doc, privileges, kind, object, args, roles, grantOption, kw.pos());
  }

  private List<Ident> identList(String what) {
    ts.expect(TokenKind.LPAREN, "");
    List<Ident> out = new ArrayList<>();
    do {
      ts.skipNewlines();
      out.add(ts.ident(what));
    } while (ts.peekNl().kind() == TokenKind.COMMA && ts.advance() != null);
    ts.skipNewlines();
    ts.expect(TokenKind.RPAREN, " to close the list");
    return out;
  }
}
