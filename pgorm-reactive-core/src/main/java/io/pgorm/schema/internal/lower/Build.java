package io.pgorm.schema.internal.lower;

import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;

/** Drafts to IR records, with the chosen names. */
final class Build {

  private Build() {}

  static List<Table> tables(
      Collection<TableDraft> drafts, IdentityHashMap<Pending<?>, String> names) {
    List<Table> out = new ArrayList<>();
    for (TableDraft t : drafts) {
      Pending<PrimaryKey> pk = t.primaryKey;
      out.add(
          new Table(
              t.name,
              t.columns,
              pk == null ? null : pk.named(name(pk, names)),
              named(t.uniques, names),
              named(t.checks, names),
              named(t.foreignKeys, names),
              named(t.exclusions, names),
              named(t.indexes, names),
              t.triggers,
              t.rowSecurity,
              t.policies,
              t.partitionBy,
              t.partitionOf,
              t.managedPartitions,
              t.unlogged,
              t.relations,
              t.changeStream,
              t.comment,
              t.javaName,
              t.renamedFrom,
              t.storageParameters));
    }
    return out;
  }

  static List<View> views(Collection<ViewDraft> drafts, IdentityHashMap<Pending<?>, String> names) {
    List<View> out = new ArrayList<>();
    for (ViewDraft v : drafts) {
      out.add(
          new View(
              v.name,
              v.query,
              v.materialized,
              v.options,
              named(v.indexes, names),
              v.comment,
              v.javaName,
              v.renamedFrom,
              v.triggers,
              v.columns,
              v.withNoData));
    }
    return out;
  }

  private static <T> List<T> named(
      List<Pending<T>> pending, IdentityHashMap<Pending<?>, String> names) {
    List<T> out = new ArrayList<>(pending.size());
    for (Pending<T> p : pending) {
      out.add(p.named(name(p, names)));
    }
    return out;
  }

  private static String name(Pending<?> p, IdentityHashMap<Pending<?>, String> names) {
    String n = names.get(p);
    return n == null ? (p.explicit() == null ? "?" : p.explicit()) : n;
  }
}
