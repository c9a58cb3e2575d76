package io.pgorm.schema.internal.lower;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.GrantDecl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Sequences and grants. */
final class ObjectLowering {

  private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");
  private static final Set<String> PRIVILEGES =
      Set.of(
          "select",
          "insert",
          "update",
          "delete",
          "truncate",
          "references",
          "trigger",
          "usage",
          "execute",
          "create",
          "connect",
          "temporary",
          "temp",
          "maintain",
          "all");

  private final Lowering lowering;

  ObjectLowering(Lowering lowering) {
    this.lowering = lowering;
  }

  @Nullable Sequence sequence(Located<SequenceDecl> l) {
    SequenceDecl s = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    TypeRef type = null;
    if (s.type() != null) {
      TypeResolver.Resolved r =
          lowering.types.resolve(s.type(), l.schema(), ctx, TypeResolver.Use.OTHER);
      if (r != null) {
        type = r.type();
        if (type.schema() != null || !SEQUENCE_TYPES.contains(type.name()) || type.isArray()) {
          ctx.error(
              s.type().pos(),
              "a sequence is smallint, integer or bigint, not " + Types.display(type));
        }
      }
    }
    SequenceOptions options =
        new SequenceOptions(
            number(s.start(), s, ctx),
            number(s.increment(), s, ctx),
            number(s.minValue(), s, ctx),
            number(s.maxValue(), s, ctx),
            number(s.cache(), s, ctx),
            s.cycle() != null && s.cycle());
    if (options.increment() != null && options.increment() == 0) {
      ctx.error(
          s.pos(), "the increment of sequence '" + Symbols.display(l.name()) + "' cannot be 0");
    }
    String ownedBy = null;
    QName owner = s.ownedBy();
    if (owner != null) {
      ownedBy = lowering.ownedBy(owner, l, ctx);
    }
    String renamedFrom = null;
    for (Attribute a : s.attributes()) {
      if (a.name().text().equals("renamedFrom")) {
        renamedFrom = ColumnLowering.renamedFrom(a, ctx);
      } else {
        TypeLowering.unknown(a, "sequence '" + Symbols.display(l.name()) + "'", ctx);
      }
    }
    return new Sequence(l.name(), type, options, ownedBy, s.doc(), renamedFrom);
  }

  private static @Nullable Long number(@Nullable String text, SequenceDecl s, Ctx ctx) {
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      ctx.error(s.pos(), "a sequence option is a whole number within 64 bits, not " + text);
      return null;
    }
  }

  /** One grant per role. */
  List<Grant> grant(Located<GrantDecl> l) {
    GrantDecl g = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    List<String> privileges = new ArrayList<>();
    for (GrantDecl.Privilege p : g.privileges()) {
      if (!PRIVILEGES.contains(p.name())) {
        ctx.error(
            p.pos(),
            "unknown privilege '" + p.name() + "'" + Suggest.didYouMean(p.name(), PRIVILEGES));
        return List.of();
      }
      String text = p.name().toUpperCase(Locale.ROOT);
      if (!p.columns().isEmpty()) {
        List<String> cols = new ArrayList<>();
        p.columns().forEach(c -> cols.add(Identifiers.quote(c.text())));
        text += " (" + String.join(", ", cols) + ")";
      }
      privileges.add(text);
    }
    QualifiedName object = lowering.grantObject(g, l.schema(), ctx);
    if (object == null) {
      return List.of();
    }
    List<Grant> out = new ArrayList<>();
    for (Ident role : g.roles()) {
      String grantee = role.text().equals("public") ? "PUBLIC" : role.text();
      if (!grantee.equals("PUBLIC")) {
        lowering.checkRole(role, ctx);
      }
      out.add(
          new Grant(
              privileges,
              g.objectKind().toUpperCase(Locale.ROOT),
              object,
              grantee,
              g.grantOption()));
    }
    return out;
  }
}
