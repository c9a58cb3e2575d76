package io.pgorm.migrate.internal.diff;

import io.pgorm.migrate.internal.introspect.ObjectNames;
import io.pgorm.migrate.sql.AlterDdl;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The renames from one model to another: the statements, the source as it is after them (so that
 * the rest of the diff matches objects by name), and the keys of the source's objects mapped to
 * their new keys.
 */
public final class Renames {

  /** One rename: the statement, and the key of the renamed object (its new name). */
  public record Op(Key key, String description, String sql) {}

  private final RenameSet set;
  private final SchemaModel renamed;
  private final List<Op> ops = new ArrayList<>();
  private final Map<Key, Key> keys = new HashMap<>();
  private final Map<QualifiedName, QualifiedName> oldRelations = new HashMap<>();

  private Renames(SchemaModel source, SchemaModel target) {
    this.set = RenameFinder.find(source, target);
    this.renamed = SourceRewriter.rewrite(source, set);
    set.relations.forEach((o, n) -> oldRelations.put(QualifiedName.of(o.schema(), n), o));
    if (!set.isEmpty()) {
      Iterator<Obj> after = new ModelIndex(renamed).objects().iterator();
      for (Obj before : new ModelIndex(source).objects()) {
        if (!after.hasNext()) {
          break;
        }
        Key now = after.next().key();
        if (!now.equals(before.key())) {
          keys.put(before.key(), now);
        }
      }
      ops(source);
    }
  }

  /** The renames that {@code target}'s hints ask of {@code source}. */
  public static Renames of(SchemaModel source, SchemaModel target) {
    return new Renames(source, target);
  }

  /** The source with the renames applied. */
  public SchemaModel renamed() {
    return renamed;
  }

  /**
   * The rename statements, types first, then sequences, relations, columns, constraints, indexes.
   */
  public List<Op> ops() {
    return ops;
  }

  /** The key an object of the source has after the renames. */
  public Key map(Key sourceKey) {
    return keys.getOrDefault(sourceKey, sourceKey);
  }

  /** The name a relation had before the renames. */
  public QualifiedName oldRelation(QualifiedName name) {
    return oldRelations.getOrDefault(name, name);
  }

  /** The name a column of a relation (by its new name) had before the renames. */
  public String oldColumn(QualifiedName relation, String column) {
    Map<String, String> cols = set.columns.get(oldRelation(relation));
    if (cols != null) {
      for (Map.Entry<String, String> e : cols.entrySet()) {
        if (e.getValue().equals(column)) {
          return e.getKey();
        }
      }
    }
    return column;
  }

  /**
   * {@code source} with hints that name the target's names as the ones they were renamed from: the
   * target of the reverse diff.
   */
  public SchemaModel reverseHints(SchemaModel source) {
    return set.isEmpty() ? source : ReverseHints.apply(source, set);
  }

  private void ops(SchemaModel source) {
    set.types.forEach(
        (o, n) -> {
          boolean domain = source.domains().stream().map(Domain::name).anyMatch(o::equals);
          ops.add(
              new Op(
                  ModelIndex.type(QualifiedName.of(o.schema(), n)),
                  "rename type " + o + " to " + n,
                  AlterDdl.renameType(o, domain, n)));
        });
    set.sequences.forEach(
        (o, n) ->
            ops.add(
                new Op(
                    Key.of(Key.Kind.SEQUENCE, o.schema(), n),
                    "rename sequence " + o + " to " + n,
                    AlterDdl.renameSequence(o, n))));
    set.relations.forEach(
        (o, n) -> {
          Key key = ModelIndex.relation(QualifiedName.of(o.schema(), n));
          View view =
              source.views().stream().filter(v -> v.name().equals(o)).findFirst().orElse(null);
          ops.add(
              new Op(
                  key,
                  "rename " + (view == null ? "table " : "view ") + o + " to " + n,
                  view == null
                      ? AlterDdl.renameTable(o, n)
                      : AlterDdl.renameView(o, view.materialized(), n)));
        });
    set.columns.forEach(
        (table, cols) -> {
          QualifiedName now = set.relation(table);
          cols.forEach(
              (o, n) ->
                  ops.add(
                      new Op(
                          ModelIndex.relation(now),
                          "rename column " + now + "." + o + " to " + n,
                          AlterDdl.renameColumn(now, o, n))));
        });
    set.constraints.forEach(
        (table, cons) -> {
          QualifiedName now = set.relation(table);
          cons.forEach(
              (o, n) ->
                  ops.add(
                      new Op(
                          ModelIndex.part(Key.Kind.CONSTRAINT, now, n),
                          "rename constraint " + o + " on " + now + " to " + n,
                          AlterDdl.renameConstraint(now, o, n))));
        });
    set.indexes.forEach(
        (o, n) ->
            ops.add(
                new Op(
                    Key.of(Key.Kind.INDEX, o.schema(), n),
                    "rename index " + o + " to " + n,
                    AlterDdl.renameIndex(o.schema(), o.name(), n))));
    for (Table t : source.tables()) {
      QualifiedName now = set.relation(t.name());
      for (Column c : t.columns()) {
        if (!c.serial()) {
          continue;
        }
        String was = ObjectNames.make(t.name().name(), c.name(), "seq");
        String becomes = ObjectNames.make(now.name(), set.column(t.name(), c.name()), "seq");
        if (!was.equals(becomes)) {
          ops.add(
              new Op(
                  ModelIndex.relation(now),
                  "rename sequence "
                      + t.name().schema()
                      + "."
                      + was
                      + " of serial column "
                      + now
                      + "."
                      + set.column(t.name(), c.name()),
                  AlterDdl.renameSequence(QualifiedName.of(t.name().schema(), was), becomes)));
        }
      }
    }
  }
}
