package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.EnumDecl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.internal.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies in braces: fields and block attributes of models, composite types, views and
 * partitions, and enum labels. A member ends at the end of its line, at a comma or at the closing
 * brace; an error skips to the end of the line and parsing goes on with the next member.
 */
final class BlockParser {

  private final TokenStream ts;
  private final TypeParser types;
  private final AttributeParser attributes;

  BlockParser(TokenStream ts, TypeParser types, AttributeParser attributes) {
    this.ts = ts;
    this.types = types;
    this.attributes = attributes;
  }

  /**
   * {@code { members }}.
   *
   * @param what the owner for messages: {@code model 'account'}
   * @param fields whether fields are allowed (partitions take block attributes only)
   */
  List<Member> members(String what, boolean fields) {
    Token open = ts.expect(TokenKind.LBRACE, " to open the body of " + what);
    int level = ts.depth();
    List<Member> out = new ArrayList<>();
    while (true) {
      String doc = ts.docComments();
      Token t = ts.peekNl();
      if (t.kind() == TokenKind.RBRACE || closesImplicitly(t, what, open)) {
        if (doc != null) {
          ts.report(
              t.pos(),
              "expected a field or a block attribute after the doc comment, found " + t.describe());
        }
        ts.accept(TokenKind.RBRACE);
        return out;
      }
      try {
        out.add(member(doc, what, fields));
        endOfMember(out.get(out.size() - 1));
      } catch (ParseError e) {
        ts.syncMember(level);
      }
    }
  }

  /** At the end of the file, or at a declaration keyword in column 1: the block was not closed. */
  private boolean closesImplicitly(Token t, String what, Token open) {
    boolean eof = t.kind() == TokenKind.EOF;
    boolean declaration =
        t.kind() == TokenKind.IDENT
            && t.pos().col() == 1
            && ts.atLineStart()
            && Keywords.isDeclaration(t.text());
    if (!eof && !declaration) {
      return false;
    }
    Pos at = open.pos();
    ts.report(
        t.pos(),
        "expected '}' to close "
            + what
            + " (opened at "
            + at.line()
            + ":"
            + at.col()
            + "), found "
            + t.describe()
            + (declaration ? " at the start of a line" : ""));
    return true;
  }

  private Member member(
      @org.jspecify.annotations.Nullable String doc, String what, boolean fields) {
    Token t = ts.peek();
    if (t.kind() == TokenKind.ATAT) {
      return new Member.BlockAttr(doc, attributes.attribute());
    }
    if (t.kind() == TokenKind.AT) {
      throw ts.fail(
          "expected a field or a block attribute (@@name) in " + what,
          "field attributes (@name) follow a field on its line");
    }
    if (!fields) {
      throw ts.fail("expected a block attribute (@@name) in " + what);
    }
    if (!ts.atIdent()) {
      throw ts.fail("expected a field or a block attribute (@@name) in " + what);
    }
    Ident name = ts.ident("a field name");
    if (!ts.atIdent()) {
      throw ts.fail("expected a type after field '" + name.text() + "'");
    }
    TypeRef type = types.type(" after field '" + name.text() + "'");
    boolean nullable = ts.accept(TokenKind.QUESTION);
    if (nullable && ts.at(TokenKind.LBRACKET)) {
      throw ts.fail("expected an attribute or end of line", "write '[]' before '?', as in text[]?");
    }
    List<Attribute> attrs = attributes.fieldAttributes();
    return new Member.Field(doc, name, type, nullable, attrs, name.pos());
  }

  private void endOfMember(Member m) {
    Token t = ts.peek();
    switch (t.kind()) {
      case NEWLINE, COMMA -> ts.advance();
      case RBRACE, EOF -> {}
      default -> {
        if (m instanceof Member.Field f) {
          if (t.kind() == TokenKind.QUESTION) {
            throw ts.fail(
                "expected an attribute or end of line after field '" + f.name().text() + "'",
                "'?' goes right after the type, once");
          }
          throw ts.fail(
              "expected an attribute (@name) or end of line after field '" + f.name().text() + "'");
        }
        Member.BlockAttr b = (Member.BlockAttr) m;
        throw ts.fail("expected end of line after " + b.attribute().display());
      }
    }
  }

  /** The body of an enum: labels (names or strings) and block attributes. */
  EnumBody enumBody(String what) {
    Token open = ts.expect(TokenKind.LBRACE, " to open the labels of " + what);
    int level = ts.depth();
    List<EnumDecl.Label> labels = new ArrayList<>();
    List<Member.BlockAttr> attrs = new ArrayList<>();
    while (true) {
      String doc = ts.docComments();
      while (ts.peekNl().kind() == TokenKind.COMMA) {
        ts.advance();
      }
      Token t = ts.peekNl();
      if (t.kind() == TokenKind.RBRACE || closesImplicitly(t, what, open)) {
        ts.accept(TokenKind.RBRACE);
        return new EnumBody(labels, attrs);
      }
      try {
        if (t.kind() == TokenKind.ATAT) {
          attrs.add(new Member.BlockAttr(doc, attributes.attribute()));
          continue;
        }
        if (doc != null) {
          ts.report(
              t.pos(),
              "enum labels cannot have doc comments (PostgreSQL has no comments on labels)");
        }
        if (t.kind() != TokenKind.IDENT && t.kind() != TokenKind.STRING) {
          throw ts.fail("expected an enum label (a name or a 'string') in " + what);
        }
        ts.advance();
        labels.add(new EnumDecl.Label(t.text(), attributes.fieldAttributes(), t.pos()));
      } catch (ParseError e) {
        ts.syncMember(level);
      }
    }
  }

  /** Labels and block attributes of an enum. */
  record EnumBody(List<EnumDecl.Label> labels, List<Member.BlockAttr> attributes) {}
}
