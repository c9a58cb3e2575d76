package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Carries what only a schema file holds (rename hints, Java names, relations, managed partition
 * rules) from a declared model onto the same objects read back from a database, matched by name.
 */
public final class HintsCopy {

  private HintsCopy() {}

  public static SchemaModel copy(SchemaModel declared, SchemaModel read) {
    Map<QualifiedName, EnumType> enums = by(declared.enums(), EnumType::name);
    Map<QualifiedName, CompositeType> composites = by(declared.composites(), CompositeType::name);
    Map<QualifiedName, Domain> domains = by(declared.domains(), Domain::name);
    Map<QualifiedName, Sequence> sequences = by(declared.sequences(), Sequence::name);
    Map<QualifiedName, Table> tables = by(declared.tables(), Table::name);
    Map<QualifiedName, View> views = by(declared.views(), View::name);
    return new SchemaModel(
        read.schemas(),
        read.extensions(),
        read.roles(),
        read.enums().stream()
            .map(
                e -> {
                  EnumType d = enums.get(e.name());
                  return d == null ? e : e.withHints(d.javaName(), d.renamedFrom());
                })
            .toList(),
        read.composites().stream()
            .map(
                c -> {
                  CompositeType d = composites.get(c.name());
                  return d == null ? c : c.withHints(d.javaName(), d.renamedFrom());
                })
            .toList(),
        read.domains().stream()
            .map(
                x -> {
                  Domain d = domains.get(x.name());
                  return d == null ? x : x.withRenamedFrom(d.renamedFrom());
                })
            .toList(),
        read.sequences().stream()
            .map(
                s -> {
                  Sequence d = sequences.get(s.name());
                  return d == null ? s : s.withRenamedFrom(d.renamedFrom());
                })
            .toList(),
        read.tables().stream()
            .map(
                t -> {
                  Table d = tables.get(t.name());
                  return d == null ? t : table(d, t);
                })
            .toList(),
        read.views().stream()
            .map(
                v -> {
                  View d = views.get(v.name());
                  return d == null
                      ? v
                      : v.withIndexes(indexes(d.indexes(), v.indexes()))
                          .withHints(d.javaName(), d.renamedFrom())
                          // the columns as read (with the comments the file gave them)
                          .withColumns(v.columns().isEmpty() ? d.columns() : v.columns());
                })
            .toList(),
        read.routines(),
        read.grants(),
        read.schemaComments());
  }

  private static Table table(Table d, Table t) {
    Map<String, Column> cols = by(d.columns(), Column::name);
    return ConstraintHints.with(t, ConstraintHints.of(d)::get)
        .withColumns(
            t.columns().stream()
                .map(
                    c -> {
                      Column x = cols.get(c.name());
                      return x == null ? c : c.withHints(x.javaName(), x.renamedFrom());
                    })
                .toList())
        .withIndexes(indexes(d.indexes(), t.indexes()))
        .withHints(d.managedPartitions(), d.relations(), d.javaName(), d.renamedFrom())
        .withStorageParameters(d.storageParameters());
  }

  private static List<Index> indexes(List<Index> declared, List<Index> read) {
    Map<String, Index> by = by(declared, Index::name);
    return read.stream()
        .map(
            i -> {
              Index d = by.get(i.name());
              return d == null || d.renamedFrom() == null ? i : i.withRenamedFrom(d.renamedFrom());
            })
        .toList();
  }

  private static <K, T> Map<K, T> by(List<T> items, Function<T, K> key) {
    Map<K, T> out = new HashMap<>();
    items.forEach(i -> out.put(key.apply(i), i));
    return out;
  }
}
