package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A model: columns with their field attributes, relation fields, then table attributes. A
 * single-column constraint without a comment is written on its column; a foreign key that a
 * relation owns is written on the relation field.
 */
final class ModelPrinter {

  private final SchemaModel model;
  private final Refs refs;
  private final TableAttributePrinter attributes;

  ModelPrinter(SchemaModel model, Refs refs) {
    this.model = model;
    this.refs = refs;
    this.attributes = new TableAttributePrinter(refs);
  }

  void print(Table t, Out out) {
    String from = t.name().schema();
    String table = t.name().name();
    Map<String, List<String>> inline = new HashMap<>();
    t.columns().forEach(c -> inline.put(c.name(), new ArrayList<>()));
    Placement placed = new Placement();

    PrimaryKey pk = t.primaryKey();
    if (pk != null
        && pk.columns().size() == 1
        && pk.include().isEmpty()
        && pk.comment() == null
        && inline.containsKey(pk.columns().get(0))) {
      inline
          .get(pk.columns().get(0))
          .add(
              Attr.of(
                  "id",
                  Attr.constraintArgs(
                      pk.name(),
                      Names.make(table, null, "pkey"),
                      pk.deferrability(),
                      pk.renamedFrom())));
      placed.primaryKey = true;
    }
    List<String> columnOrder = new ArrayList<>();
    t.columns().forEach(c -> columnOrder.add(c.name()));
    // Lowering adds column constraints before table ones, so only a prefix of each list, in
    // column order, can go on the columns without changing the order of the list.
    int last = -1;
    for (UniqueConstraint u : t.uniques()) {
      int at =
          u.columns().size() == 1 && u.include().isEmpty() && u.comment() == null
              ? columnOrder.indexOf(u.columns().get(0))
              : -1;
      if (at <= last) {
        break;
      }
      last = at;
      String c = u.columns().get(0);
      List<String> args = new ArrayList<>();
      if (!u.name().equals(Names.make(table, c, "key"))) {
        args.add("name: " + Words.ident(u.name()));
      }
      if (u.nullsNotDistinct()) {
        args.add("nullsNotDistinct: true");
      }
      args.addAll(Attr.deferrable(u.deferrability()));
      args.addAll(Attr.renamed(u.renamedFrom()));
      inline.get(c).add(Attr.of("unique", args));
      placed.uniques.add(u);
    }
    for (Column c : t.columns()) {
      columnAttributes(c, inline.get(c.name()));
    }
    last = -1;
    for (CheckConstraint k : t.checks()) {
      int at = -1;
      if (k.comment() == null && !k.noInherit()) {
        for (int i = 0; i < columnOrder.size(); i++) {
          if (k.name().equals(Names.make(table, columnOrder.get(i), "check"))) {
            at = i;
            break;
          }
        }
      }
      if (at <= last) {
        break;
      }
      last = at;
      List<String> args = new ArrayList<>();
      args.add(SqlText.argument(k.expression()));
      args.addAll(Attr.renamed(k.renamedFrom()));
      inline.get(columnOrder.get(at)).add(Attr.of("check", args));
      placed.checks.add(k);
    }
    Map<Relation, ForeignKey> owned = owned(t);
    placed.foreignKeys.addAll(owned.values());
    last = -1;
    for (ForeignKey fk : t.foreignKeys()) {
      if (placed.foreignKeys.contains(fk)) {
        break;
      }
      int at =
          fk.columns().size() == 1 && fk.comment() == null && fk.referencedColumns().size() == 1
              ? columnOrder.indexOf(fk.columns().get(0))
              : -1;
      if (at <= last) {
        break;
      }
      last = at;
      List<String> args = new ArrayList<>();
      args.add(
          refs.relation(fk.referencedTable(), from)
              + "."
              + Words.ident(fk.referencedColumns().get(0)));
      args.addAll(Attr.foreignKeyArgs(fk, table));
      inline.get(fk.columns().get(0)).add(Attr.of("references", args));
      placed.foreignKeys.add(fk);
    }
    List<Out.Row> rows = new ArrayList<>();
    for (Column c : t.columns()) {
      String type = refs.type(c.type(), from, c.serial()) + (c.nullable() ? "?" : "");
      rows.add(
          new Out.Row(
              c.comment(),
              List.of(Words.ident(c.name()), type, String.join(" ", inline.get(c.name())))));
    }
    List<Relation> owners = new ArrayList<>();
    for (Relation r : t.relations()) {
      boolean owns =
          (r.kind() == RelationKind.MANY_TO_ONE || r.kind() == RelationKind.ONE_TO_ONE)
              && isOwning(t, r, owners);
      if (owns) {
        owners.add(r);
      }
      rows.add(relation(t, r, owned.get(r), owns, from));
    }
    out.doc("", t.comment());
    out.line("", "model " + Refs.decl(t.name()) + " {");
    out.rows("  ", rows);
    List<Out.Row> blockRows = attributes.print(t, placed, from);
    if (!blockRows.isEmpty()) {
      if (!rows.isEmpty()) {
        out.line("", "");
      }
      out.rows("  ", blockRows);
    }
    out.line("", "}");
  }

  /** Which constraints went on columns or relation fields. */
  static final class Placement {
    boolean primaryKey;
    final Set<UniqueConstraint> uniques = new HashSet<>();
    final Set<CheckConstraint> checks = new HashSet<>();
    final Set<ForeignKey> foreignKeys = new HashSet<>();
  }

  private void columnAttributes(Column c, List<String> attrs) {
    String dflt = c.defaultExpression();
    if (dflt != null) {
      attrs.add(Attr.of("default", List.of(SqlText.argument(dflt))));
    }
    if (c.identity() != null) {
      List<String> args = new ArrayList<>();
      if (c.identity().always()) {
        args.add("always");
      }
      args.addAll(Attr.sequenceOptions(c.identity().options()));
      attrs.add(Attr.of("identity", args));
    }
    if (c.generatedExpression() != null) {
      attrs.add(Attr.of("generated", List.of(SqlText.argument(c.generatedExpression()))));
    }
    if (c.collation() != null) {
      attrs.add(Attr.of("collate", List.of(Words.dotted(c.collation()))));
    }
    if (c.renamedFrom() != null) {
      attrs.add(Attr.of("renamedFrom", List.of(Words.ident(c.renamedFrom()))));
    }
    if (c.javaName() != null) {
      attrs.add(Attr.of("java", List.of("name: " + Words.javaName(c.javaName()))));
    }
  }

  /**
   * The foreign keys that owning relations carry: the relations' keys must be the last ones of the
   * table, in relation order, because lowering adds them last. Otherwise every key is written on
   * its own and the relations only name their columns.
   */
  private static Map<Relation, ForeignKey> owned(Table t) {
    List<Relation> owning = new ArrayList<>();
    for (Relation r : t.relations()) {
      if ((r.kind() == RelationKind.MANY_TO_ONE || r.kind() == RelationKind.ONE_TO_ONE)
          && isOwning(t, r, owning)) {
        owning.add(r);
      }
    }
    List<ForeignKey> keys = t.foreignKeys();
    int first = keys.size() - owning.size();
    Map<Relation, ForeignKey> out = new HashMap<>();
    if (first < 0) {
      return out;
    }
    for (int i = 0; i < owning.size(); i++) {
      ForeignKey fk = keys.get(first + i);
      if (!matches(fk, owning.get(i))) {
        return new HashMap<>();
      }
      out.put(owning.get(i), fk);
    }
    return out;
  }

  /**
   * A one-to-one or many-to-one relation owns a key when the table has one of its shape; of two
   * relations of one shape (both sides of a one-to-one of a table with itself) the first owns it.
   */
  private static boolean isOwning(Table t, Relation r, List<Relation> before) {
    for (Relation b : before) {
      if (b.fields().equals(r.fields())
          && b.target().equals(r.target())
          && b.references().equals(r.references())) {
        return false;
      }
    }
    for (ForeignKey fk : t.foreignKeys()) {
      if (matches(fk, r)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(ForeignKey fk, Relation r) {
    return fk.columns().equals(r.fields())
        && fk.referencedTable().equals(r.target())
        && fk.referencedColumns().equals(r.references());
  }

  private Out.Row relation(
      Table t, Relation r, @Nullable ForeignKey fk, boolean owns, String from) {
    String target = refs.relationType(r.target(), from);
    String name = Words.ident(r.name());
    String table = t.name().name();
    if (fk != null) {
      boolean optional = false;
      for (String c : fk.columns()) {
        Column col = t.column(c);
        optional |= col != null && col.nullable();
      }
      List<String> args = new ArrayList<>();
      args.add("fields: " + Words.list(fk.columns()));
      args.add("references: " + Words.list(fk.referencedColumns()));
      args.addAll(Attr.foreignKeyArgs(fk, table));
      return new Out.Row(
          fk.comment(), List.of(name, target + (optional ? "?" : ""), Attr.of("relation", args)));
    }
    if (owns) {
      boolean optional = false;
      for (String c : r.fields()) {
        Column col = t.column(c);
        optional |= col != null && col.nullable();
      }
      List<String> args =
          List.of("fields: " + Words.list(r.fields()), "references: " + Words.list(r.references()));
      return new Out.Row(
          null, List.of(name, target + (optional ? "?" : ""), Attr.of("relation", args)));
    }
    switch (r.kind()) {
      case MANY_TO_MANY -> {
        if (r.through() == null) {
          throw new IllegalArgumentException(
              "many-to-many relation " + r.name() + " has no join model");
        }
        return new Out.Row(
            null,
            List.of(
                name,
                target + "[]",
                Attr.of("relation", List.of("through: " + refs.relation(r.through(), from)))));
      }
      case ONE_TO_MANY, ONE_TO_ONE -> {
        String suffix = r.kind() == RelationKind.ONE_TO_MANY ? "[]" : "?";
        String inverseOf = inverseOf(t, r);
        List<String> attrs =
            inverseOf == null
                ? List.of()
                : List.of(Attr.of("relation", List.of("inverseOf: " + Words.ident(inverseOf))));
        return new Out.Row(null, List.of(name, target + suffix, String.join(" ", attrs)));
      }
      default ->
          throw new IllegalArgumentException(
              "relation " + r.name() + " of " + t.name() + " owns no foreign key of the table");
    }
  }

  /** When the target has several keys to this table: the field on the target that owns ours. */
  private @Nullable String inverseOf(Table t, Relation r) {
    Table target =
        model
            .table(r.target())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "relation " + r.name() + " has no target " + r.target()));
    int keys = 0;
    for (ForeignKey fk : target.foreignKeys()) {
      if (fk.referencedTable().equals(t.name())) {
        keys++;
      }
    }
    if (keys <= 1) {
      return null;
    }
    for (Relation o : target.relations()) {
      if ((o.kind() == RelationKind.MANY_TO_ONE || o.kind() == RelationKind.ONE_TO_ONE)
          && o.target().equals(t.name())
          && o.fields().equals(r.fields())
          && !o.equals(r)) {
        return o.name();
      }
    }
    throw new IllegalArgumentException(
        "relation "
            + r.name()
            + " of "
            + t.name()
            + " is ambiguous and no relation field of "
            + r.target()
            + " owns its foreign key");
  }
}
