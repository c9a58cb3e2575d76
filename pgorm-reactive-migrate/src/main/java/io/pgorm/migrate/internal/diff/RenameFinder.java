package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads the target's {@code renamedFrom} hints and keeps those that apply: the source has an object
 * of the old name and of the same kind, and none of the new name. Nothing is guessed: an object
 * without a hint that looks like a renamed one is dropped and created.
 */
final class RenameFinder {

  private RenameFinder() {}

  static RenameSet find(SchemaModel source, SchemaModel target) {
    RenameSet r = new RenameSet();
    Map<QualifiedName, Table> tables = new HashMap<>();
    source.tables().forEach(t -> tables.put(t.name(), t));
    Map<QualifiedName, View> views = new HashMap<>();
    source.views().forEach(v -> views.put(v.name(), v));
    Set<QualifiedName> relations = new HashSet<>(tables.keySet());
    relations.addAll(views.keySet());

    for (Table t : target.tables()) {
      QualifiedName old = old(t.name(), t.renamedFrom());
      if (old != null && tables.containsKey(old) && !relations.contains(t.name())) {
        r.relations.put(old, t.name().name());
      }
    }
    for (View v : target.views()) {
      QualifiedName old = old(v.name(), v.renamedFrom());
      View was = old == null ? null : views.get(old);
      if (was != null && was.materialized() == v.materialized() && !relations.contains(v.name())) {
        r.relations.put(old, v.name().name());
      }
    }
    Map<QualifiedName, Class<?>> types = new HashMap<>();
    source.enums().forEach(e -> types.put(e.name(), EnumType.class));
    source.composites().forEach(c -> types.put(c.name(), CompositeType.class));
    source.domains().forEach(d -> types.put(d.name(), Domain.class));
    target.enums().forEach(e -> type(r, types, e.name(), e.renamedFrom(), EnumType.class));
    target
        .composites()
        .forEach(c -> type(r, types, c.name(), c.renamedFrom(), CompositeType.class));
    target.domains().forEach(d -> type(r, types, d.name(), d.renamedFrom(), Domain.class));
    Set<QualifiedName> sequences = new HashSet<>();
    source.sequences().forEach(s -> sequences.add(s.name()));
    for (Sequence s : target.sequences()) {
      QualifiedName old = old(s.name(), s.renamedFrom());
      if (old != null && sequences.contains(old) && !sequences.contains(s.name())) {
        r.sequences.put(old, s.name().name());
      }
    }

    Map<QualifiedName, QualifiedName> oldByNew = new HashMap<>();
    r.relations.forEach((o, n) -> oldByNew.put(QualifiedName.of(o.schema(), n), o));
    for (Table t : target.tables()) {
      Table was = tables.get(oldByNew.getOrDefault(t.name(), t.name()));
      if (was != null) {
        columns(r, was, t);
        constraints(r, was, t);
        indexes(r, was.name(), was.indexes(), t.indexes());
      }
    }
    for (View v : target.views()) {
      View was = views.get(oldByNew.getOrDefault(v.name(), v.name()));
      if (was != null) {
        indexes(r, was.name(), was.indexes(), v.indexes());
      }
    }
    return r;
  }

  private static @Nullable QualifiedName old(QualifiedName name, @Nullable String renamedFrom) {
    if (renamedFrom == null || renamedFrom.equals(name.name())) {
      return null;
    }
    return QualifiedName.of(name.schema(), renamedFrom);
  }

  private static void type(
      RenameSet r,
      Map<QualifiedName, Class<?>> types,
      QualifiedName name,
      @Nullable String renamedFrom,
      Class<?> kind) {
    QualifiedName old = old(name, renamedFrom);
    if (old != null && types.get(old) == kind && !types.containsKey(name)) {
      r.types.put(old, name.name());
    }
  }

  private static void columns(RenameSet r, Table was, Table now) {
    for (Column c : now.columns()) {
      String from = c.renamedFrom();
      if (from != null
          && !from.equals(c.name())
          && was.column(from) != null
          && was.column(c.name()) == null) {
        r.columns.computeIfAbsent(was.name(), k -> new LinkedHashMap<>()).put(from, c.name());
      }
    }
  }

  private static void constraints(RenameSet r, Table was, Table now) {
    Map<String, Class<?>> old = constraintKinds(was);
    Map<String, Class<?>> current = constraintKinds(now);
    Map<String, String> hints = new LinkedHashMap<>();
    PrimaryKey pk = now.primaryKey();
    if (pk != null && pk.renamedFrom() != null) {
      hints.put(pk.name(), pk.renamedFrom());
    }
    now.uniques().forEach(u -> hint(hints, u.name(), u.renamedFrom()));
    now.checks().forEach(c -> hint(hints, c.name(), c.renamedFrom()));
    now.foreignKeys().forEach(f -> hint(hints, f.name(), f.renamedFrom()));
    now.exclusions().forEach(x -> hint(hints, x.name(), x.renamedFrom()));
    hints.forEach(
        (name, from) -> {
          if (!from.equals(name)
              && old.containsKey(from)
              && old.get(from) == current.get(name)
              && !old.containsKey(name)) {
            r.constraints.computeIfAbsent(was.name(), k -> new LinkedHashMap<>()).put(from, name);
          }
        });
  }

  private static void hint(Map<String, String> hints, String name, @Nullable String from) {
    if (from != null) {
      hints.put(name, from);
    }
  }

  private static Map<String, Class<?>> constraintKinds(Table t) {
    Map<String, Class<?>> out = new HashMap<>();
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      out.put(pk.name(), PrimaryKey.class);
    }
    t.uniques().forEach(u -> out.put(u.name(), UniqueConstraint.class));
    t.checks().forEach(c -> out.put(c.name(), CheckConstraint.class));
    t.foreignKeys().forEach(f -> out.put(f.name(), ForeignKey.class));
    t.exclusions().forEach(x -> out.put(x.name(), ExclusionConstraint.class));
    return out;
  }

  private static void indexes(RenameSet r, QualifiedName table, List<Index> was, List<Index> now) {
    Set<String> old = new HashSet<>();
    was.forEach(i -> old.add(i.name()));
    for (Index i : now) {
      String from = i.renamedFrom();
      if (from != null && !from.equals(i.name()) && old.contains(from) && !old.contains(i.name())) {
        r.indexes.put(QualifiedName.of(table.schema(), from), i.name());
      }
    }
  }
}
