package io.pgorm.schema.internal.lower;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the names of unnamed constraints and indexes as PostgreSQL would, after checking that the
 * written names do not collide: index names (and those of primary keys, unique and exclusion
 * constraints, which own an index) share the schema's namespace with tables, views and sequences;
 * constraint names are unique per table.
 */
final class Naming {

  private final Lowering lowering;

  Naming(Lowering lowering) {
    this.lowering = lowering;
  }

  void assign() {
    Map<String, Set<String>> taken = new HashMap<>();
    Map<String, Map<String, String>> relationNames = new HashMap<>();
    for (QualifiedName q : lowering.symbols.relations.keySet()) {
      taken.computeIfAbsent(q.schema(), s -> new HashSet<>()).add(q.name());
      relationNames
          .computeIfAbsent(q.schema(), s -> new HashMap<>())
          .put(q.name(), "a table, view or sequence");
    }
    for (Domain d : lowering.domains.values()) {
      d.checks()
          .forEach(
              c -> taken.computeIfAbsent(d.name().schema(), s -> new HashSet<>()).add(c.name()));
    }
    for (TableDraft t : lowering.tables.values()) {
      checkExplicit(t.name, t.pending(), t.display(), taken, relationNames);
    }
    for (ViewDraft v : lowering.views.values()) {
      checkExplicit(v.name, new ArrayList<>(v.indexes), v.display(), taken, relationNames);
    }
    for (TableDraft t : lowering.tables.values()) {
      choose(t.name, t.pending(), taken);
    }
    for (ViewDraft v : lowering.views.values()) {
      choose(v.name, new ArrayList<>(v.indexes), taken);
    }
  }

  private void checkExplicit(
      QualifiedName table,
      List<Pending<?>> pending,
      String display,
      Map<String, Set<String>> taken,
      Map<String, Map<String, String>> relationNames) {
    Map<String, String> owners =
        relationNames.computeIfAbsent(table.schema(), s -> new HashMap<>());
    Set<String> constraints = new HashSet<>();
    for (Pending<?> p : pending) {
      String name = p.explicit();
      if (name == null) {
        continue;
      }
      boolean ownsIndex =
          !(p.value() instanceof CheckConstraint || p.value() instanceof ForeignKey);
      if (p.value() instanceof ExclusionConstraint) {
        ownsIndex = true;
      }
      String what = describe(p) + " '" + name + "' of " + display;
      if (!(p.value() instanceof io.pgorm.schema.ir.Index) && !constraints.add(name)) {
        p.ctx().error(p.pos(), "duplicate constraint name '" + name + "' in " + display);
        continue;
      }
      if (ownsIndex) {
        String owner = owners.putIfAbsent(name, what);
        if (owner != null) {
          p.ctx()
              .error(
                  p.pos(),
                  "duplicate name in schema '"
                      + table.schema()
                      + "': "
                      + what
                      + " clashes with "
                      + owner
                      + " (indexes share their schema's namespace with tables)");
          continue;
        }
      }
      taken.computeIfAbsent(table.schema(), s -> new HashSet<>()).add(name);
    }
  }

  private void choose(
      QualifiedName table, List<Pending<?>> pending, Map<String, Set<String>> taken) {
    Set<String> names = taken.computeIfAbsent(table.schema(), s -> new HashSet<>());
    for (Pending<?> p : pending) {
      String name = p.explicit();
      if (name == null) {
        name = Names.choose(table.name(), p.name2(), p.label(), names);
        names.add(name);
      }
      lowering.names.put(p, name);
    }
  }

  private static String describe(Pending<?> p) {
    return switch (p.label()) {
      case "pkey" -> "primary key";
      case "key" -> "unique constraint";
      case "check" -> "check constraint";
      case "fkey" -> "foreign key";
      case "excl" -> "exclusion constraint";
      default -> "index";
    };
  }
}
