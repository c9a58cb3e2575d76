package io.pgorm.codegen;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PartitionStrategy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds IR tables for tests (the IR's Table has a 20-argument constructor). */
final class TableBuilder {

  private final QualifiedName name;
  private final List<Column> columns = new ArrayList<>();
  private final List<ForeignKey> foreignKeys = new ArrayList<>();
  private final List<Relation> relations = new ArrayList<>();
  private @Nullable PrimaryKey primaryKey;
  private @Nullable PartitionBy partitionBy;
  private @Nullable PartitionOf partitionOf;
  private @Nullable String comment;
  private @Nullable String javaName;

  private TableBuilder(QualifiedName name) {
    this.name = name;
  }

  static TableBuilder table(String schema, String name) {
    return new TableBuilder(QualifiedName.of(schema, name));
  }

  static TableBuilder table(String name) {
    return table("public", name);
  }

  TableBuilder column(Column column) {
    columns.add(column);
    return this;
  }

  TableBuilder column(String column, TypeRef type, boolean nullable) {
    return column(Column.of(column, type, nullable));
  }

  TableBuilder primaryKey(String... keyColumns) {
    primaryKey = new PrimaryKey(name.name() + "_pkey", List.of(keyColumns), List.of(), null, null);
    return this;
  }

  TableBuilder foreignKey(String column, QualifiedName target, String targetColumn) {
    foreignKeys.add(
        new ForeignKey(
            name.name() + "_" + column + "_fkey",
            List.of(column),
            target,
            List.of(targetColumn),
            ForeignKeyAction.NO_ACTION,
            ForeignKeyAction.NO_ACTION,
            ForeignKeyMatch.SIMPLE,
            Deferrability.NOT_DEFERRABLE,
            null,
            null,
            java.util.List.of()));
    return this;
  }

  TableBuilder relation(String relation, RelationKind kind, QualifiedName target) {
    return relation(new Relation(relation, kind, target, List.of(), List.of(), null));
  }

  TableBuilder relation(Relation relation) {
    relations.add(relation);
    return this;
  }

  TableBuilder partitionBy(PartitionStrategy strategy, String... keys) {
    partitionBy = new PartitionBy(strategy, List.of(keys));
    return this;
  }

  TableBuilder partitionOf(QualifiedName parent, String bound) {
    partitionOf = new PartitionOf(parent, bound);
    return this;
  }

  TableBuilder comment(String value) {
    comment = value;
    return this;
  }

  TableBuilder javaName(String value) {
    javaName = value;
    return this;
  }

  Table build() {
    return new Table(
        name,
        columns,
        primaryKey,
        List.of(),
        List.of(),
        foreignKeys,
        List.of(),
        List.of(),
        List.of(),
        RowSecurity.OFF,
        List.of(),
        partitionBy,
        partitionOf,
        null,
        false,
        relations,
        null,
        comment,
        javaName,
        null,
        java.util.Map.of());
  }
}
