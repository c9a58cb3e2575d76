package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.CompositeDecl;
import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.EnumDecl;
import io.pgorm.schema.internal.ast.ExtensionDecl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.ModelDecl;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.RoleDecl;
import io.pgorm.schema.internal.ast.SchemaDecl;
import io.pgorm.schema.internal.ast.SchemaFile;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The recursive-descent parser: a file is a sequence of declarations, each starting with a keyword
 * at the start of a line. After an error the parser skips to the next declaration and goes on, so
 * that one run reports every error of a file.
 */
public final class Parser {

  private final TokenStream ts;
  private final TypeParser types;
  private final BlockParser blocks;
  private final ObjectParser objects;
  private final RoutineParser routines;

  private Parser(Source source, Reporter reporter) {
    this.ts = new TokenStream(source, reporter);
    this.types = new TypeParser(ts);
    AttributeParser attributes = new AttributeParser(ts, types);
    this.blocks = new BlockParser(ts, types, attributes);
    this.objects = new ObjectParser(ts, types, attributes, blocks);
    this.routines = new RoutineParser(ts, types);
  }

  /** Parses a file; errors go to the reporter and the tree holds what could be read. */
  public static SchemaFile parse(Source source, Reporter reporter) {
    Parser p = new Parser(source, reporter);
    List<Decl> decls = p.declarations(false);
    return new SchemaFile(source.file(), decls);
  }

  private List<Decl> declarations(boolean inSchema) {
    List<Decl> out = new ArrayList<>();
    while (true) {
      while (ts.peekNl().kind() == TokenKind.SEMI) {
        ts.advance();
      }
      String doc = ts.docComments();
      Token t = ts.peekNl();
      if (t.kind() == TokenKind.EOF || inSchema && t.kind() == TokenKind.RBRACE) {
        if (doc != null) {
          ts.report(t.pos(), "expected a declaration after the doc comment, found " + t.describe());
        }
        return out;
      }
      try {
        Decl d = declaration(doc, inSchema);
        out.add(d);
        endOfDeclaration(d);
      } catch (ParseError e) {
        ts.syncDeclaration(t.start());
      }
      if (ts.reporter().full()) {
        return out;
      }
    }
  }

  private void endOfDeclaration(Decl d) {
    Token t = ts.peek();
    if (t.kind() == TokenKind.EOF
        || t.kind() == TokenKind.RBRACE
        || t.kind() == TokenKind.SEMI
        || t.kind() == TokenKind.NEWLINE
        || ts.atLineStart()) {
      return;
    }
    throw ts.fail("expected a new line after " + Describe.decl(d));
  }

  private Decl declaration(@Nullable String doc, boolean inSchema) {
    Token t = ts.peek();
    if (t.kind() != TokenKind.IDENT) {
      throw ts.fail(expectedDeclaration());
    }
    switch (t.text()) {
      case "schema":
        if (inSchema) {
          throw ts.failAt(t.pos(), "a schema block cannot contain another schema block");
        }
        return schema(doc);
      case "extension":
        return extension(doc);
      case "role":
        ts.advance();
        return new RoleDecl(doc, ts.ident("a role name after 'role'"), t.pos());
      case "enum":
        return enumDecl(doc);
      case "type":
        ts.advance();
        {
          QName name = types.qname("a type name after 'type'");
          List<Member> members = blocks.members("type '" + name + "'", true);
          return new CompositeDecl(doc, name, members, t.pos());
        }
      case "model":
        ts.advance();
        {
          QName name = types.qname("a model name after 'model'");
          List<Member> members = blocks.members("model '" + name + "'", true);
          return new ModelDecl(doc, name, members, t.pos());
        }
      case "domain":
        return objects.domain(doc);
      case "sequence":
        return objects.sequence(doc);
      case "view":
      case "materialized":
        return objects.view(doc);
      case "partition":
        return objects.partition(doc);
      case "grant":
        return objects.grant(doc);
      case "function":
      case "procedure":
        return routines.routine(doc);
      case "trigger":
      case "constraint":
        return routines.trigger(doc);
      default:
        String hint = hint(t.text());
        throw hint.isEmpty()
            ? ts.fail(expectedDeclaration())
            : ts.fail(expectedDeclaration(), hint);
    }
  }

  private static String expectedDeclaration() {
    return "expected a declaration (model, enum, type, domain, sequence, view, function, trigger,"
        + " partition, extension, role, grant or schema)";
  }

  private static String hint(String word) {
    return switch (word.toLowerCase(java.util.Locale.ROOT)) {
      case "table", "entity" -> "a table is declared with 'model'";
      case "create", "alter" -> "write declarations without CREATE or ALTER";
      case "index" -> "indexes are declared inside their model with @@index(...)";
      case "policy" -> "policies are declared inside their model with @@policy(...)";
      case "comment" -> "a comment is written as /// lines before the object";
      default -> "";
    };
  }

  private SchemaDecl schema(@Nullable String doc) {
    Token kw = ts.advance();
    Ident name = ts.ident("a schema name after 'schema'");
    if (!ts.at(TokenKind.LBRACE)) {
      return new SchemaDecl(doc, name, List.of(), kw.pos());
    }
    Token open = ts.advance();
    List<Decl> body = declarations(true);
    Token close = ts.peekNl();
    if (close.kind() != TokenKind.RBRACE) {
      ts.report(
          close.pos(),
          "expected '}' to close schema '"
              + name.text()
              + "' (opened at "
              + open.pos().line()
              + ":"
              + open.pos().col()
              + "), found "
              + close.describe());
    } else {
      ts.advance();
    }
    return new SchemaDecl(doc, name, body, kw.pos());
  }

  private ExtensionDecl extension(@Nullable String doc) {
    Token kw = ts.advance();
    Ident name = ts.ident("an extension name after 'extension'");
    Ident schema = null;
    String version = null;
    while (true) {
      if (ts.atWord("schema") && schema == null) {
        ts.advance();
        schema = ts.ident("a schema name after 'schema'");
      } else if (ts.atWord("version") && version == null) {
        ts.advance();
        Token v = ts.peek();
        if (v.kind() != TokenKind.STRING && v.kind() != TokenKind.NUMBER) {
          throw ts.fail("expected a version string such as '1.4' after 'version'");
        }
        version = ts.advance().text();
      } else {
        return new ExtensionDecl(doc, name, schema, version, kw.pos());
      }
    }
  }

  private EnumDecl enumDecl(@Nullable String doc) {
    Token kw = ts.advance();
    QName name = types.qname("an enum name after 'enum'");
    BlockParser.EnumBody body = blocks.enumBody("enum '" + name + "'");
    return new EnumDecl(doc, name, body.labels(), body.attributes(), kw.pos());
  }
}
