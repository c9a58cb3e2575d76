package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Relation fields. First every owning side ({@code @relation(fields: ...)}) adds its foreign key;
 * then inverse and many-to-many sides find theirs.
 */
final class RelationLowering {

  private final Lowering lowering;
  private final Map<QualifiedName, TableDraft> tables;

  RelationLowering(Lowering lowering, Map<QualifiedName, TableDraft> tables) {
    this.lowering = lowering;
    this.tables = tables;
  }

  /** A relation field as read, before it is resolved. */
  private record Field(
      TableDraft table, Member.Field field, TableDraft target, @Nullable Args args) {}

  void lower() {
    List<Field> owning = new ArrayList<>();
    List<Field> others = new ArrayList<>();
    for (TableDraft t : tables.values()) {
      Set<String> names = new HashSet<>(t.columnPos.keySet());
      for (Member.Field f : t.relationFields) {
        if (!names.add(f.name().text())) {
          t.ctx.error(
              f.name().pos(), "duplicate field '" + f.name().text() + "' in " + t.display());
          continue;
        }
        Field r = read(t, f);
        if (r == null) {
          continue;
        }
        (r.args() != null && r.args().has("fields") ? owning : others).add(r);
      }
    }
    for (Field f : owning) {
      Relation r = owning(f);
      if (r != null) {
        f.table().relations.add(r);
      }
    }
    for (Field f : others) {
      Relation r = f.args() != null && f.args().has("through") ? manyToMany(f) : inverse(f);
      if (r != null) {
        f.table().relations.add(r);
      }
    }
    for (TableDraft t : tables.values()) {
      order(t);
    }
  }

  /** Relations in the order their fields were written. */
  private static void order(TableDraft t) {
    List<Relation> sorted = new ArrayList<>();
    for (Member.Field f : t.relationFields) {
      for (Relation r : t.relations) {
        if (r.name().equals(f.name().text()) && !sorted.contains(r)) {
          sorted.add(r);
        }
      }
    }
    t.relations.clear();
    t.relations.addAll(sorted);
  }

  private @Nullable Field read(TableDraft t, Member.Field f) {
    Ctx ctx = t.ctx;
    QualifiedName targetName = lowering.modelName(f.type().name(), t.name.schema(), ctx);
    TableDraft target = targetName == null ? null : tables.get(targetName);
    if (target == null) {
      return null;
    }
    if (f.type().arrayDims() > 1 || !f.type().modifiers().isEmpty()) {
      ctx.error(f.type().pos(), "a relation field is written model, model? or model[]");
      return null;
    }
    if (f.type().arrayDims() == 1 && f.nullable()) {
      ctx.error(
          f.type().pos(),
          "a list relation is never null; write '" + f.type().name() + "[]' without '?'");
      return null;
    }
    Args args = null;
    for (Attribute a : f.attributes()) {
      if (a.name().text().equals("relation")) {
        args = new Args(a, ctx, 0, relationArgs());
      } else {
        ctx.error(
            a.pos(),
            a.display()
                + " does not apply to relation field '"
                + f.name().text()
                + "' (a relation takes only @relation)");
      }
    }
    return new Field(t, f, target, args);
  }

  private static String[] relationArgs() {
    List<String> names = new ArrayList<>(List.of("fields", "references", "through", "inverseOf"));
    names.addAll(List.of(ForeignKeys.ARGS));
    return names.toArray(String[]::new);
  }

  private @Nullable Relation owning(Field r) {
    TableDraft t = r.table();
    Ctx ctx = t.ctx;
    Args args = r.args();
    Member.Field f = r.field();
    String name = f.name().text();
    if (args == null) {
      return null;
    }
    if (args.has("through") || args.has("inverseOf")) {
      ctx.error(
          args.pos(),
          "relation '"
              + name
              + "' has fields:, so it owns the foreign key; through: and inverseOf: are for the other side");
      return null;
    }
    if (f.type().arrayDims() > 0) {
      ctx.error(
          f.type().pos(),
          "relation '"
              + name
              + "' owns a foreign key, so it points at one row: write '"
              + f.type().name()
              + "' or '"
              + f.type().name()
              + "?', not a list");
      return null;
    }
    List<Ident> fields = args.names(args.value("fields"), "'fields:'");
    List<Ident> refs =
        args.has("references") ? args.names(args.value("references"), "'references:'") : null;
    if (fields == null || args.has("references") && refs == null) {
      return null;
    }
    List<String> columns = BlockLowering.texts(fields);
    List<String> referenced = refs == null ? primaryKey(r.target()) : BlockLowering.texts(refs);
    if (referenced.isEmpty()) {
      ctx.error(
          args.pos(),
          "relation '"
              + name
              + "': model '"
              + Symbols.display(r.target().name)
              + "' has no primary key; name the referenced columns with references: [...]");
      return null;
    }
    boolean anyNullable = false;
    for (Ident c : fields) {
      Column col = t.column(c.text());
      if (col == null) {
        ctx.error(
            c.pos(),
            "relation '"
                + name
                + "': unknown column '"
                + c.text()
                + "' in fields:; "
                + t.display()
                + " has no such column"
                + Suggest.didYouMean(c.text(), t.columnPos.keySet()));
        return null;
      }
      anyNullable |= col.nullable();
    }
    if (anyNullable != f.nullable()) {
      String cols = String.join(", ", columns);
      ctx.error(
          f.type().pos(),
          anyNullable
              ? "relation '"
                  + name
                  + "' is required but its column ("
                  + cols
                  + ") may be null; write '"
                  + f.type().name()
                  + "?'"
              : "relation '"
                  + name
                  + "' is optional but its column ("
                  + cols
                  + ") is not null; drop the '?' or make the column nullable");
      return null;
    }
    ForeignKey fk = ForeignKeys.build(args, columns, r.target().name, referenced);
    if (f.doc() != null) {
      fk =
          new ForeignKey(
              fk.name(),
              fk.columns(),
              fk.referencedTable(),
              fk.referencedColumns(),
              fk.onDelete(),
              fk.onUpdate(),
              fk.match(),
              fk.deferrability(),
              f.doc(),
              fk.renamedFrom(),
              fk.onDeleteColumns());
    }
    boolean plain = f.doc() == null;
    for (String a : ForeignKeys.ARGS) {
      plain &= !args.has(a);
    }
    for (Pending<ForeignKey> other : t.foreignKeys) {
      ForeignKey o = other.value();
      if (o.columns().equals(columns)
          && o.referencedTable().equals(fk.referencedTable())
          && o.referencedColumns().equals(referenced)) {
        if (plain) {
          // The key is declared with @references or @@foreignKey; the relation only names it.
          RelationKind kind =
              isUnique(t, columns) ? RelationKind.ONE_TO_ONE : RelationKind.MANY_TO_ONE;
          return new Relation(name, kind, r.target().name, columns, referenced, null);
        }
        ctx.error(
            args.pos(),
            "relation '"
                + name
                + "' declares the same foreign key ("
                + String.join(", ", columns)
                + ") as another relation or @references of "
                + t.display());
        return null;
      }
    }
    t.foreignKeys.add(ForeignKeys.pending(fk, args, ctx));
    RelationKind kind = isUnique(t, columns) ? RelationKind.ONE_TO_ONE : RelationKind.MANY_TO_ONE;
    return new Relation(name, kind, r.target().name, columns, referenced, null);
  }

  private @Nullable Relation inverse(Field r) {
    TableDraft t = r.table();
    TableDraft target = r.target();
    Ctx ctx = t.ctx;
    Member.Field f = r.field();
    String name = f.name().text();
    Args args = r.args();
    if (f.doc() != null) {
      ctx.error(
          f.pos(),
          "a doc comment on relation '"
              + name
              + "' has nothing to describe (only the owning side's foreign key takes one)");
    }
    List<ForeignKey> candidates = new ArrayList<>();
    for (Pending<ForeignKey> p : target.foreignKeys) {
      if (p.value().referencedTable().equals(t.name)) {
        candidates.add(p.value());
      }
    }
    ForeignKey fk;
    String inverseOf = args == null ? null : args.name(args.value("inverseOf"), "'inverseOf:'");
    if (inverseOf != null) {
      Relation owner = null;
      for (Relation o : target.relations) {
        if (o.name().equals(inverseOf)) {
          owner = o;
        }
      }
      if (owner == null || !owner.target().equals(t.name)) {
        ctx.error(
            args.argPos("inverseOf") == null ? f.pos() : args.argPos("inverseOf"),
            "relation '"
                + name
                + "': "
                + target.display()
                + " has no relation field '"
                + inverseOf
                + "' with fields: that points at "
                + t.display());
        return null;
      }
      fk = null;
      for (ForeignKey c : candidates) {
        if (c.columns().equals(owner.fields())) {
          fk = c;
        }
      }
    } else if (candidates.size() == 1) {
      fk = candidates.get(0);
    } else {
      if (candidates.isEmpty()) {
        ctx.error(
            f.type().pos(),
            "dangling relation '"
                + name
                + "': "
                + target.display()
                + " has no foreign key to "
                + t.display()
                + "; give one side @relation(fields: [...], references: [...])");
      } else {
        ctx.error(
            f.type().pos(),
            "relation '"
                + name
                + "' is ambiguous: "
                + target.display()
                + " has "
                + candidates.size()
                + " foreign keys to "
                + t.display()
                + "; name the owning field with @relation(inverseOf: ...)");
      }
      return null;
    }
    if (fk == null) {
      return null;
    }
    if (f.type().arrayDims() == 1) {
      return new Relation(
          name, RelationKind.ONE_TO_MANY, target.name, fk.columns(), fk.referencedColumns(), null);
    }
    if (!isUnique(target, fk.columns())) {
      ctx.error(
          f.type().pos(),
          "relation '"
              + name
              + "' is one-to-one, but the foreign key columns of "
              + target.display()
              + " ("
              + String.join(", ", fk.columns())
              + ") are not unique; write '"
              + f.type().name()
              + "[]'");
      return null;
    }
    if (!f.nullable()) {
      ctx.error(
          f.type().pos(),
          "the inverse side of a one-to-one relation may have no row; write '"
              + f.type().name()
              + "?'");
      return null;
    }
    return new Relation(
        name, RelationKind.ONE_TO_ONE, target.name, fk.columns(), fk.referencedColumns(), null);
  }

  private @Nullable Relation manyToMany(Field r) {
    TableDraft t = r.table();
    Ctx ctx = t.ctx;
    Args args = r.args();
    Member.Field f = r.field();
    String name = f.name().text();
    if (args == null) {
      return null;
    }
    if (f.type().arrayDims() != 1) {
      ctx.error(
          f.type().pos(), "a many-to-many relation is a list: write '" + f.type().name() + "[]'");
      return null;
    }
    QName through = args.qname(args.value("through"), "'through:'");
    if (through == null) {
      return null;
    }
    QualifiedName joinName = lowering.modelName(through, t.name.schema(), ctx);
    TableDraft join = joinName == null ? null : tables.get(joinName);
    if (join == null) {
      return null;
    }
    int toSource = count(join, t.name);
    int toTarget = count(join, r.target().name);
    boolean self = t.name.equals(r.target().name);
    if (self ? toSource != 2 : toSource != 1 || toTarget != 1) {
      ctx.error(
          args.argPos("through") == null ? f.pos() : args.argPos("through"),
          "relation '"
              + name
              + "': join model '"
              + Symbols.display(join.name)
              + "' needs exactly one foreign key to "
              + t.display()
              + " and one to "
              + r.target().display()
              + (self ? " (two for a model with itself)" : "")
              + "; it has "
              + toSource
              + (self ? "" : " and " + toTarget));
      return null;
    }
    return new Relation(
        name, RelationKind.MANY_TO_MANY, r.target().name, List.of(), List.of(), join.name);
  }

  private static int count(TableDraft join, QualifiedName to) {
    int n = 0;
    for (Pending<ForeignKey> p : join.foreignKeys) {
      if (p.value().referencedTable().equals(to)) {
        n++;
      }
    }
    return n;
  }

  private static List<String> primaryKey(TableDraft t) {
    return t.primaryKey == null ? List.of() : t.primaryKey.value().columns();
  }

  /** Whether the columns are the primary key or a unique constraint (in any order). */
  static boolean isUnique(TableDraft t, List<String> columns) {
    Set<String> set = new HashSet<>(columns);
    if (t.primaryKey != null && new HashSet<>(t.primaryKey.value().columns()).equals(set)) {
      return true;
    }
    for (Pending<io.pgorm.schema.ir.UniqueConstraint> u : t.uniques) {
      if (new HashSet<>(u.value().columns()).equals(set)) {
        return true;
      }
    }
    return false;
  }
}
