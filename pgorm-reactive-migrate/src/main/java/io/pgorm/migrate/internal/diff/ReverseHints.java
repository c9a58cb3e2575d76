package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.CheckConstraint;
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
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The source of a diff with {@code renamedFrom} hints that point at the target's names, so that
 * diffing the other way renames back.
 */
final class ReverseHints {

  private ReverseHints() {}

  static SchemaModel apply(SchemaModel m, RenameSet r) {
    return new SchemaModel(
        m.schemas(),
        m.extensions(),
        m.roles(),
        m.enums().stream()
            .map(
                e ->
                    new EnumType(
                        e.name(), e.values(), e.comment(), e.javaName(), r.types.get(e.name())))
            .toList(),
        m.composites().stream()
            .map(
                c ->
                    new CompositeType(
                        c.name(), c.attributes(), c.comment(), c.javaName(), r.types.get(c.name())))
            .toList(),
        m.domains().stream()
            .map(
                d ->
                    new Domain(
                        d.name(),
                        d.baseType(),
                        d.notNull(),
                        d.defaultExpression(),
                        d.collation(),
                        d.checks(),
                        d.comment(),
                        r.types.get(d.name())))
            .toList(),
        m.sequences().stream()
            .map(
                s ->
                    new Sequence(
                        s.name(),
                        s.type(),
                        s.options(),
                        s.ownedBy(),
                        s.comment(),
                        r.sequences.get(s.name())))
            .toList(),
        m.tables().stream().map(t -> table(t, r)).toList(),
        m.views().stream()
            .map(
                v ->
                    new View(
                        v.name(),
                        v.query(),
                        v.materialized(),
                        v.options(),
                        indexes(v.name(), v.indexes(), r),
                        v.comment(),
                        v.javaName(),
                        r.relations.get(v.name()),
                        v.triggers(),
                        v.columns(),
                        v.withNoData()))
            .toList(),
        m.routines(),
        m.grants(),
        m.schemaComments());
  }

  private static Table table(Table t, RenameSet r) {
    QualifiedName n = t.name();
    Map<String, String> cons = r.constraints.getOrDefault(n, Map.of());
    Map<String, String> cols = r.columns.getOrDefault(n, Map.of());
    PrimaryKey pk = t.primaryKey();
    return new Table(
        n,
        t.columns().stream().map(c -> c.withRenamedFrom(cols.get(c.name()))).toList(),
        pk == null
            ? null
            : new PrimaryKey(
                pk.name(),
                pk.columns(),
                pk.include(),
                pk.comment(),
                cons.get(pk.name()),
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
                        cons.get(u.name())))
            .toList(),
        t.checks().stream()
            .map(
                c ->
                    new CheckConstraint(
                        c.name(), c.expression(), c.noInherit(), c.comment(), cons.get(c.name())))
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
                        cons.get(f.name()),
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
                        cons.get(x.name())))
            .toList(),
        indexes(n, t.indexes(), r),
        t.triggers(),
        t.rowSecurity(),
        t.policies(),
        t.partitionBy(),
        t.partitionOf(),
        t.managedPartitions(),
        t.unlogged(),
        t.relations(),
        t.changeStream(),
        t.comment(),
        t.javaName(),
        r.relations.get(n),
        t.storageParameters());
  }

  private static List<Index> indexes(QualifiedName relation, List<Index> indexes, RenameSet r) {
    return indexes.stream()
        .map(
            i ->
                new Index(
                    i.name(),
                    i.method(),
                    i.unique(),
                    i.nullsNotDistinct(),
                    i.elements(),
                    i.include(),
                    i.where(),
                    i.storageParameters(),
                    i.comment(),
                    hint(r.indexes.get(QualifiedName.of(relation.schema(), i.name())))))
        .toList();
  }

  private static @Nullable String hint(@Nullable String s) {
    return s;
  }
}
