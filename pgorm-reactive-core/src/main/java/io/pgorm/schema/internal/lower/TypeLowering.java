package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.CompositeDecl;
import io.pgorm.schema.internal.ast.DomainDecl;
import io.pgorm.schema.internal.ast.EnumDecl;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Enums, composite types and domains. */
final class TypeLowering {

  private final Lowering lowering;

  TypeLowering(Lowering lowering) {
    this.lowering = lowering;
  }

  EnumType enumType(Located<EnumDecl> l) {
    EnumDecl e = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    List<String> values = new ArrayList<>();
    for (EnumDecl.Label label : e.labels()) {
      if (values.contains(label.value())) {
        ctx.error(
            label.pos(),
            "duplicate label '" + label.value() + "' in enum '" + Symbols.display(l.name()) + "'");
      } else if (label.value().isEmpty()
          || label.value().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
              > Names.MAX_BYTES) {
        ctx.error(label.pos(), "an enum label has 1 to 63 bytes");
      } else {
        values.add(label.value());
      }
      for (Attribute a : label.attributes()) {
        ctx.error(
            a.pos(),
            "enum labels take no attributes: "
                + a.display()
                + " on a label has nothing in PostgreSQL to become (a label is only its text)");
      }
    }
    String javaName = null;
    String renamedFrom = null;
    for (Member.BlockAttr m : e.attributes()) {
      Attribute a = m.attribute();
      if (m.doc() != null) {
        ctx.error(a.pos(), "a doc comment before " + a.display() + " has nothing to describe");
      }
      switch (a.name().text()) {
        case "java" -> javaName = Common.optionalName(new Args(a, ctx, 0, "name"), "name");
        case "renamedFrom" -> renamedFrom = ColumnLowering.renamedFrom(a, ctx);
        default -> unknown(a, "enum '" + Symbols.display(l.name()) + "'", ctx);
      }
    }
    return new EnumType(l.name(), values, e.doc(), javaName, renamedFrom);
  }

  CompositeType composite(Located<CompositeDecl> l) {
    CompositeDecl c = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    String what = "type '" + Symbols.display(l.name()) + "'";
    List<io.pgorm.schema.ir.Attribute> attributes = new ArrayList<>();
    Set<String> names = new HashSet<>();
    String javaName = null;
    String renamedFrom = null;
    for (Member m : c.members()) {
      if (m instanceof Member.BlockAttr b) {
        Attribute a = b.attribute();
        if (b.doc() != null) {
          ctx.error(a.pos(), "a doc comment before " + a.display() + " has nothing to describe");
        }
        switch (a.name().text()) {
          case "java" -> javaName = Common.optionalName(new Args(a, ctx, 0, "name"), "name");
          case "renamedFrom" -> renamedFrom = ColumnLowering.renamedFrom(a, ctx);
          default -> unknown(a, what, ctx);
        }
        continue;
      }
      Member.Field f = (Member.Field) m;
      String name = f.name().text();
      if (!names.add(name)) {
        ctx.error(f.name().pos(), "duplicate field '" + name + "' in " + what);
        continue;
      }
      if (f.nullable()) {
        ctx.error(
            f.type().pos(),
            "fields of a composite type are always nullable in PostgreSQL; drop the '?' after '"
                + f.type().name()
                + "'");
      }
      TypeResolver.Resolved r =
          lowering.types.resolve(f.type(), l.schema(), ctx, TypeResolver.Use.OTHER);
      String collation = null;
      for (Attribute a : f.attributes()) {
        if (a.name().text().equals("collate")) {
          Args args = new Args(a, ctx, 1);
          QName q =
              args.require(0, "a collation") ? args.qname(args.value(0), "the collation") : null;
          collation = q == null ? null : q.toString();
        } else {
          ctx.error(
              a.pos(),
              "a field of a composite type takes only @collate; "
                  + a.display()
                  + " is not supported there");
        }
      }
      if (r != null) {
        attributes.add(new io.pgorm.schema.ir.Attribute(name, r.type(), collation, f.doc()));
      }
    }
    return new CompositeType(l.name(), attributes, c.doc(), javaName, renamedFrom);
  }

  @Nullable Domain domain(Located<DomainDecl> l) {
    DomainDecl d = l.decl();
    Ctx ctx = lowering.ctx(l.source());
    TypeResolver.Resolved r =
        lowering.types.resolve(d.type(), l.schema(), ctx, TypeResolver.Use.OTHER);
    if (r != null
        && r.type().schema() != null
        && r.type().name().equals(l.name().name())
        && r.type().schema().equals(l.schema())) {
      ctx.error(
          d.type().pos(), "domain '" + Symbols.display(l.name()) + "' cannot be based on itself");
      return null;
    }
    List<CheckConstraint> checks = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (DomainDecl.Check c : d.checks()) {
      if (c.name() != null && !names.add(c.name().text())) {
        ctx.error(
            c.pos(),
            "duplicate constraint '"
                + c.name().text()
                + "' in domain '"
                + Symbols.display(l.name())
                + "'");
      }
    }
    for (DomainDecl.Check c : d.checks()) {
      String name =
          c.name() == null ? Names.choose(l.name().name(), null, "check", names) : c.name().text();
      names.add(name);
      checks.add(new CheckConstraint(name, c.expression().text(), false, c.doc(), null));
    }
    String renamedFrom = null;
    for (Attribute a : d.attributes()) {
      if (a.name().text().equals("renamedFrom")) {
        renamedFrom = ColumnLowering.renamedFrom(a, ctx);
      } else {
        unknown(a, "domain '" + Symbols.display(l.name()) + "'", ctx);
      }
    }
    TypeRef base = r == null ? TypeRef.builtin("text") : r.type();
    return new Domain(
        l.name(),
        base,
        d.notNull(),
        d.defaultValue() == null ? null : d.defaultValue().text(),
        d.collation() == null ? null : d.collation().toString(),
        checks,
        d.doc(),
        renamedFrom);
  }

  static void unknown(Attribute a, String what, Ctx ctx) {
    List<String> known = List.of("java", "renamedFrom");
    ctx.error(
        a.pos(),
        "unknown attribute "
            + a.display()
            + " on "
            + what
            + Suggest.didYouMean(a.name().text(), known));
  }
}
