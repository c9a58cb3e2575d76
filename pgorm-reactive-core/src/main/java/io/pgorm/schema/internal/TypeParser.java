package io.pgorm.schema.internal;

import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Names and types. PostgreSQL's several-word type names are read as one name ({@code double
 * precision}, {@code character varying}, {@code timestamp(3) with time zone}, {@code interval day
 * to second(6)}); every other type is a possibly qualified name with optional modifiers and {@code
 * []} suffixes.
 */
final class TypeParser {

  private static final Set<String> INTERVAL_FIELDS =
      Set.of("year", "month", "day", "hour", "minute", "second");

  private final TokenStream ts;

  TypeParser(TokenStream ts) {
    this.ts = ts;
  }

  /** {@code name [. name [. name]]}. */
  QName qname(String what) {
    return qnameAfter(ts.ident(what));
  }

  QName qnameAfter(Ident first) {
    List<Ident> parts = new ArrayList<>(3);
    parts.add(first);
    while (ts.at(TokenKind.DOT)) {
      ts.advance();
      if (parts.size() == 3) {
        throw ts.failAt(first.pos(), "a name has at most three parts (schema.table.column)");
      }
      parts.add(ts.ident("a name after '.'"));
    }
    return new QName(parts);
  }

  TypeRef type(String context) {
    if (!ts.atIdent()) {
      throw ts.fail("expected a type" + context);
    }
    return typeAfter(ts.ident("a type"));
  }

  /** Whether {@code first} followed by the current token starts a several-word type name. */
  boolean continuesType(Ident first) {
    if (first.quoted()) {
      return false;
    }
    Token next = ts.peek();
    if (next.kind() != TokenKind.IDENT) {
      return false;
    }
    String w = next.text();
    return switch (first.text()) {
      case "double" -> w.equals("precision");
      case "character", "char", "bit" -> w.equals("varying");
      case "timestamp", "time" -> w.equals("with") || w.equals("without");
      case "interval" -> INTERVAL_FIELDS.contains(w);
      default -> false;
    };
  }

  /** The rest of a type whose first word has been read. */
  TypeRef typeAfter(Ident first) {
    Pos pos = first.pos();
    String head = first.quoted() ? null : first.text();
    QName name;
    if (head != null && !head.equals("timestamp") && !head.equals("time") && continuesType(first)) {
      String word = ts.advance().text();
      name = QName.of(new Ident(head + " " + word, false, pos));
    } else {
      name = qnameAfter(first);
    }
    List<String> modifiers = ts.at(TokenKind.LPAREN) ? modifiers() : List.of();
    String base = name.isSimple() && !first.quoted() ? name.last().text() : "";
    if ((base.equals("timestamp") || base.equals("time"))
        && (ts.atWord("with") || ts.atWord("without"))) {
      String zone = ts.advance().text();
      ts.expectWord("time", " in '" + base + " " + zone + " time zone'");
      ts.expectWord("zone", " in '" + base + " " + zone + " time zone'");
      name = QName.of(new Ident(base + " " + zone + " time zone", false, pos));
    }
    String fields = null;
    if (base.startsWith("interval")) {
      fields = intervalFields(base);
      if (fields != null && ts.at(TokenKind.LPAREN)) {
        if (!modifiers.isEmpty()) {
          throw ts.fail("expected one precision for interval");
        }
        modifiers = modifiers();
      }
      name = QName.of(new Ident("interval", false, pos));
    }
    int dims = 0;
    while (ts.at(TokenKind.LBRACKET)) {
      ts.advance();
      if (ts.at(TokenKind.NUMBER)) {
        throw ts.fail("expected ']'", "PostgreSQL does not enforce array sizes, so write []");
      }
      ts.expect(TokenKind.RBRACKET, " to close '[' of an array type");
      dims++;
    }
    return new TypeRef(name, modifiers, fields, dims, pos);
  }

  /** Reads the fields after {@code interval} (the first field may already be in {@code base}). */
  private @Nullable String intervalFields(String base) {
    String first = base.equals("interval") ? null : base.substring("interval ".length());
    if (first == null) {
      if (!ts.at(TokenKind.IDENT) || !INTERVAL_FIELDS.contains(ts.peek().text())) {
        return null;
      }
      first = ts.advance().text();
    }
    if (!ts.acceptWord("to")) {
      return first;
    }
    Token last = ts.peek();
    if (last.kind() != TokenKind.IDENT || !INTERVAL_FIELDS.contains(last.text())) {
      throw ts.fail("expected an interval field (month, hour, minute or second) after 'to'");
    }
    ts.advance();
    return first + " to " + last.text();
  }

  /** {@code (10, 2)}, {@code (Point, 4326)}. */
  private List<String> modifiers() {
    ts.expect(TokenKind.LPAREN, "");
    List<String> out = new ArrayList<>(2);
    do {
      Token t = ts.peekNl();
      if (t.kind() == TokenKind.NUMBER || t.kind() == TokenKind.IDENT) {
        out.add(t.text());
        ts.advance();
      } else {
        throw ts.fail("expected a type modifier (a number or a name)");
      }
    } while (acceptComma());
    ts.skipNewlines();
    ts.expect(TokenKind.RPAREN, " to close the type modifiers");
    return out;
  }

  private boolean acceptComma() {
    ts.skipNewlines();
    return ts.accept(TokenKind.COMMA);
  }
}
