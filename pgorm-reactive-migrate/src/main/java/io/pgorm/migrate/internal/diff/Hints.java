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
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.List;

/**
 * A model without what lives only in schema files (rename hints, Java names, relations, managed
 * partition rules), so that objects compare equal when the database would hold the same.
 */
public final class Hints {

  private Hints() {}

  public static SchemaModel strip(SchemaModel m) {
    return new SchemaModel(
        m.schemas(),
        m.extensions(),
        m.roles(),
        m.enums().stream()
            .map(e -> new EnumType(e.name(), e.values(), e.comment(), null, null))
            .toList(),
        m.composites().stream()
            .map(c -> new CompositeType(c.name(), c.attributes(), c.comment(), null, null))
            .toList(),
        m.domains().stream().map(Hints::domain).toList(),
        m.sequences().stream()
            .map(s -> new Sequence(s.name(), s.type(), s.options(), s.ownedBy(), s.comment(), null))
            .toList(),
        m.tables().stream().map(Hints::table).toList(),
        m.views().stream().map(Hints::view).toList(),
        m.routines(),
        m.grants(),
        m.schemaComments());
  }

  private static Domain domain(Domain d) {
    return new Domain(
        d.name(),
        d.baseType(),
        d.notNull(),
        d.defaultExpression(),
        d.collation(),
        checks(d.checks()),
        d.comment(),
        null);
  }

  static Table table(Table t) {
    PrimaryKey pk = t.primaryKey();
    return new Table(
        t.name(),
        t.columns().stream().map(Hints::column).toList(),
        pk == null
            ? null
            : new PrimaryKey(
                pk.name(), pk.columns(), pk.include(), pk.comment(), null, pk.deferrability()),
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
                        null))
            .toList(),
        checks(t.checks()),
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
                        null,
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
                        null))
            .toList(),
        indexes(t.indexes()),
        t.triggers(),
        t.rowSecurity(),
        t.policies(),
        t.partitionBy(),
        t.partitionOf(),
        null,
        t.unlogged(),
        List.of(),
        t.changeStream(),
        t.comment(),
        null,
        null,
        t.storageParameters());
  }

  static Column column(Column c) {
    return new Column(
        c.name(),
        c.type(),
        c.nullable(),
        c.defaultExpression(),
        c.identity(),
        c.generatedExpression(),
        c.serial(),
        c.collation(),
        c.comment(),
        null,
        null);
  }

  private static View view(View v) {
    return new View(
        v.name(),
        v.query(),
        v.materialized(),
        v.options(),
        indexes(v.indexes()),
        v.comment(),
        null,
        null,
        v.triggers(),
        v.columns(),
        v.withNoData());
  }

  private static List<CheckConstraint> checks(List<CheckConstraint> checks) {
    return checks.stream()
        .map(c -> new CheckConstraint(c.name(), c.expression(), c.noInherit(), c.comment(), null))
        .toList();
  }

  private static List<Index> indexes(List<Index> indexes) {
    return indexes.stream().map(Hints::index).toList();
  }

  static Index index(Index i) {
    return new Index(
        i.name(),
        i.method(),
        i.unique(),
        i.nullsNotDistinct(),
        i.elements(),
        i.include(),
        i.where(),
        i.storageParameters(),
        i.comment(),
        null);
  }
}
