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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
                  return d == null
                      ? e
                      : new EnumType(
                          e.name(), e.values(), e.comment(), d.javaName(), d.renamedFrom());
                })
            .toList(),
        read.composites().stream()
            .map(
                c -> {
                  CompositeType d = composites.get(c.name());
                  return d == null
                      ? c
                      : new CompositeType(
                          c.name(), c.attributes(), c.comment(), d.javaName(), d.renamedFrom());
                })
            .toList(),
        read.domains().stream()
            .map(
                x -> {
                  Domain d = domains.get(x.name());
                  return d == null
                      ? x
                      : new Domain(
                          x.name(),
                          x.baseType(),
                          x.notNull(),
                          x.defaultExpression(),
                          x.collation(),
                          x.checks(),
                          x.comment(),
                          d.renamedFrom());
                })
            .toList(),
        read.sequences().stream()
            .map(
                s -> {
                  Sequence d = sequences.get(s.name());
                  return d == null
                      ? s
                      : new Sequence(
                          s.name(),
                          s.type(),
                          s.options(),
                          s.ownedBy(),
                          s.comment(),
                          d.renamedFrom());
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
                      : new View(
                          v.name(),
                          v.query(),
                          v.materialized(),
                          v.options(),
                          indexes(d.indexes(), v.indexes()),
                          v.comment(),
                          d.javaName(),
                          d.renamedFrom(),
                          v.triggers(),
                          // the columns as read (with the comments the file gave them)
                          v.columns().isEmpty() ? d.columns() : v.columns(),
                          v.withNoData());
                })
            .toList(),
        read.routines(),
        read.grants(),
        read.schemaComments());
  }

  private static Table table(Table d, Table t) {
    Map<String, Column> cols = by(d.columns(), Column::name);
    Map<String, String> renamed = new HashMap<>();
    PrimaryKey dpk = d.primaryKey();
    if (dpk != null && dpk.renamedFrom() != null) {
      renamed.put(dpk.name(), dpk.renamedFrom());
    }
    d.uniques().forEach(u -> put(renamed, u.name(), u.renamedFrom()));
    d.checks().forEach(c -> put(renamed, c.name(), c.renamedFrom()));
    d.foreignKeys().forEach(f -> put(renamed, f.name(), f.renamedFrom()));
    d.exclusions().forEach(x -> put(renamed, x.name(), x.renamedFrom()));
    PrimaryKey pk = t.primaryKey();
    return new Table(
        t.name(),
        t.columns().stream()
            .map(
                c -> {
                  Column x = cols.get(c.name());
                  return x == null
                      ? c
                      : new Column(
                          c.name(),
                          c.type(),
                          c.nullable(),
                          c.defaultExpression(),
                          c.identity(),
                          c.generatedExpression(),
                          c.serial(),
                          c.collation(),
                          c.comment(),
                          x.javaName(),
                          x.renamedFrom());
                })
            .toList(),
        pk == null
            ? null
            : new PrimaryKey(
                pk.name(),
                pk.columns(),
                pk.include(),
                pk.comment(),
                renamed.get(pk.name()),
                pk.deferrability()),
        t.uniques().stream()
            .map(
                u ->
                    new UniqueConstraint(
                        u.name(),
                        u.columns(),
                        u.nullsNotDistinct(),
                        u.include(),
                        u.deferrability(),
                        u.comment(),
                        renamed.get(u.name())))
            .toList(),
        t.checks().stream()
            .map(
                c ->
                    new CheckConstraint(
                        c.name(),
                        c.expression(),
                        c.noInherit(),
                        c.comment(),
                        renamed.get(c.name())))
            .toList(),
        t.foreignKeys().stream()
            .map(
                f ->
                    new ForeignKey(
                        f.name(),
                        f.columns(),
                        f.referencedTable(),
                        f.referencedColumns(),
                        f.onDelete(),
                        f.onUpdate(),
                        f.match(),
                        f.deferrability(),
                        f.comment(),
                        renamed.get(f.name()),
                        f.onDeleteColumns()))
            .toList(),
        t.exclusions().stream()
            .map(
                x ->
                    new ExclusionConstraint(
                        x.name(),
                        x.method(),
                        x.elements(),
                        x.include(),
                        x.where(),
                        x.deferrability(),
                        x.comment(),
                        renamed.get(x.name())))
            .toList(),
        indexes(d.indexes(), t.indexes()),
        t.triggers(),
        t.rowSecurity(),
        t.policies(),
        t.partitionBy(),
        t.partitionOf(),
        d.managedPartitions(),
        t.unlogged(),
        d.relations(),
        t.changeStream(),
        t.comment(),
        d.javaName(),
        d.renamedFrom(),
        d.storageParameters());
  }

  private static List<Index> indexes(List<Index> declared, List<Index> read) {
    Map<String, Index> by = by(declared, Index::name);
    return read.stream()
        .map(
            i -> {
              Index d = by.get(i.name());
              return d == null || d.renamedFrom() == null
                  ? i
                  : new Index(
                      i.name(),
                      i.method(),
                      i.unique(),
                      i.nullsNotDistinct(),
                      i.elements(),
                      i.include(),
                      i.where(),
                      i.storageParameters(),
                      i.comment(),
                      d.renamedFrom());
            })
        .toList();
  }

  private static void put(Map<String, String> m, String name, @Nullable String from) {
    if (from != null) {
      m.put(name, from);
    }
  }

  private static <K, T> Map<K, T> by(List<T> items, Function<T, K> key) {
    Map<K, T> out = new HashMap<>();
    items.forEach(i -> out.put(key.apply(i), i));
    return out;
  }
}
