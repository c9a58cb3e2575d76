package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.changes.ChangeStreams;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What differs between two models, object by object: renames first, then each keyed object created,
 * dropped, altered, replaced or recreated, and the changes spread to what depends on them. Pure: no
 * I/O.
 */
public final class Changes {

  private final SchemaModel original;
  private final Renames renames;
  private final ModelIndex source;
  private final ModelIndex target;
  private final Dependencies sourceDeps;
  private final Dependencies targetDeps;
  private final Map<Key, Change> changes = new LinkedHashMap<>();
  private final List<String> notes = new ArrayList<>();

  private Changes(SchemaModel from, SchemaModel to) {
    this.original = Hints.strip(ChangeStreams.expand(from));
    SchemaModel declared = ChangeStreams.expand(to);
    this.renames = Renames.of(original, declared);
    this.source = new ModelIndex(renames.renamed());
    this.target = new ModelIndex(Hints.strip(declared));
    this.sourceDeps = Dependencies.of(new ModelIndex(original), renames::map);
    this.targetDeps = Dependencies.of(target);
    for (Obj b : target.objects()) {
      Obj a = source.get(b.key());
      if (a == null) {
        put(new Change(b.key(), Action.CREATE, null, b));
      } else {
        decide(a, b);
      }
    }
    Set<QualifiedName> managed = new HashSet<>();
    declared.tables().stream()
        .filter(t -> t.managedPartitions() != null)
        .forEach(t -> managed.add(t.name()));
    for (Obj a : source.objects()) {
      if (target.contains(a.key())) {
        continue;
      }
      if (managedPartition(a, managed)) {
        notes.add(
            "partition "
                + a.key().subject()
                + " is left alone: its table's partitions are managed at run time");
        continue;
      }
      put(new Change(a.key(), Action.DROP, a, null));
    }
    Cascade.run(this);
    ColumnOrder.notes(this, notes);
  }

  /** The changes from {@code from} to {@code to}; {@code to}'s {@code renamedFrom} hints apply. */
  public static Changes of(SchemaModel from, SchemaModel to) {
    return new Changes(from, to);
  }

  /** A partition (or a part of one) of a table whose partitions are made at run time. */
  private boolean managedPartition(Obj a, Set<QualifiedName> managed) {
    if (managed.isEmpty()) {
      return false;
    }
    Key rel = a.parent() != null ? a.parent() : a.key();
    return source.value(rel) instanceof Table t
        && t.partitionOf() != null
        && managed.contains(t.partitionOf().parent());
  }

  private void decide(Obj a, Obj b) {
    Action action = Decide.of(a, b);
    if (action == Action.ALTER && a.value() instanceof Table x && b.value() instanceof Table y) {
      Change c = new Change(a.key(), Action.ALTER, a, b);
      String why = replaceReason(x, y);
      if (why != null) {
        c.action(Action.REPLACE, why);
        put(c);
      } else if (columns(c, effective(x), y) || !tableLevelSame(x, y)) {
        put(c);
      }
    } else if (action != null) {
      Change c = new Change(a.key(), action, a, b);
      if (action == Action.REPLACE || action == Action.RECREATE) {
        c.action(action, Decide.why(a, b));
      }
      put(c);
    }
  }

  private @Nullable String replaceReason(Table a, Table b) {
    if (!Objects.equals(a.partitionBy(), b.partitionBy())) {
      return a.partitionBy() == null
          ? "a table cannot become partitioned in place"
          : b.partitionBy() == null
              ? "a partitioned table cannot become a plain one in place"
              : "the partition key cannot change in place";
    }
    if (a.unlogged() != b.unlogged() && b.partitionBy() != null) {
      return "a partitioned table cannot switch between LOGGED and UNLOGGED";
    }
    PartitionOf of = b.partitionOf();
    if (a.partitionOf() == null && of != null) {
      Object parent = target.value(ModelIndex.relation(of.parent()));
      if (!(parent instanceof Table p) || !Decide.attachable(a, p)) {
        return "its columns do not match those of the partitioned table it joins";
      }
    }
    return null;
  }

  /** A partition has no columns of its own in the IR; once detached it has its parent's. */
  private Table effective(Table a) {
    PartitionOf of = a.partitionOf();
    if (of == null || !a.columns().isEmpty()) {
      return a;
    }
    Object parent = source.value(ModelIndex.relation(of.parent()));
    return parent instanceof Table p
        ? new Table(
            a.name(),
            p.columns(),
            a.primaryKey(),
            a.uniques(),
            a.checks(),
            a.foreignKeys(),
            a.exclusions(),
            a.indexes(),
            a.triggers(),
            a.rowSecurity(),
            a.policies(),
            a.partitionBy(),
            a.partitionOf(),
            null,
            a.unlogged(),
            List.of(),
            null,
            a.comment(),
            null,
            null,
            a.storageParameters())
        : a;
  }

  /** Fills in the column actions; whether any column changes. */
  private static boolean columns(Change c, Table a, Table b) {
    if (b.partitionOf() != null) {
      return false; // a partition's columns are its parent's
    }
    for (Column y : b.columns()) {
      Column x = a.column(y.name());
      if (x == null) {
        c.columns.put(y.name(), ColumnAction.ADD);
      } else if (!x.equals(y)) {
        String gx = x.generatedExpression();
        String gy = y.generatedExpression();
        boolean replace = gy != null && !gy.equals(gx);
        c.columns.put(y.name(), replace ? ColumnAction.REPLACE : ColumnAction.ALTER);
      }
    }
    for (Column x : a.columns()) {
      if (b.column(x.name()) == null) {
        c.columns.put(x.name(), ColumnAction.DROP);
      }
    }
    return !c.columns.isEmpty();
  }

  private static boolean tableLevelSame(Table a, Table b) {
    return a.rowSecurity().equals(b.rowSecurity())
        && Objects.equals(a.partitionOf(), b.partitionOf())
        && a.unlogged() == b.unlogged()
        && a.storageParameters().equals(b.storageParameters())
        && Objects.equals(a.comment(), b.comment());
  }

  private void put(Change c) {
    changes.put(c.key(), c);
  }

  /** The change of that key, or {@code null} when the object is the same on both sides. */
  public @Nullable Change get(Key key) {
    return changes.get(key);
  }

  /** Records a change found while spreading changes to dependants. */
  Change change(Key key, Action action, @Nullable String why) {
    Change c = changes.get(key);
    if (c == null) {
      c = new Change(key, action, source.get(key), target.get(key));
      changes.put(key, c);
    }
    c.action(action, why);
    return c;
  }

  public Collection<Change> all() {
    return changes.values();
  }

  public Renames renames() {
    return renames;
  }

  public ModelIndex source() {
    return source;
  }

  public ModelIndex target() {
    return target;
  }

  /** The source's dependencies, under the keys the objects have after the renames. */
  public Dependencies sourceDeps() {
    return sourceDeps;
  }

  public Dependencies targetDeps() {
    return targetDeps;
  }

  public List<String> notes() {
    return notes;
  }

  /** The source before renames, hints stripped and change streams expanded. */
  public SchemaModel original() {
    return original;
  }

  /** The source table with a detached partition's columns filled in from its parent. */
  public Table effectiveSource(Table t) {
    return effective(t);
  }
}
