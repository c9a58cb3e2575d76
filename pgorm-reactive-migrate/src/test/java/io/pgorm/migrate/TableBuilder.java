package io.pgorm.migrate;

import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds an IR table in tests, one part at a time. */
public final class TableBuilder {

  private final QualifiedName name;
  private final List<Column> columns;
  private @Nullable PrimaryKey primaryKey;
  private List<UniqueConstraint> uniques = List.of();
  private List<CheckConstraint> checks = List.of();
  private List<ForeignKey> foreignKeys = List.of();
  private List<ExclusionConstraint> exclusions = List.of();
  private List<Index> indexes = List.of();
  private List<Trigger> triggers = List.of();
  private RowSecurity rowSecurity = RowSecurity.OFF;
  private List<Policy> policies = List.of();
  private @Nullable PartitionBy partitionBy;
  private @Nullable PartitionOf partitionOf;
  private boolean unlogged;
  private @Nullable ChangeStream changeStream;
  private @Nullable String comment;

  private TableBuilder(QualifiedName name, List<Column> columns) {
    this.name = name;
    this.columns = columns;
  }

  public static TableBuilder table(QualifiedName name, List<Column> columns) {
    return new TableBuilder(name, columns);
  }

  public TableBuilder primaryKey(PrimaryKey v) {
    primaryKey = v;
    return this;
  }

  public TableBuilder uniques(List<UniqueConstraint> v) {
    uniques = v;
    return this;
  }

  public TableBuilder checks(List<CheckConstraint> v) {
    checks = v;
    return this;
  }

  public TableBuilder foreignKeys(List<ForeignKey> v) {
    foreignKeys = v;
    return this;
  }

  public TableBuilder exclusions(List<ExclusionConstraint> v) {
    exclusions = v;
    return this;
  }

  public TableBuilder indexes(List<Index> v) {
    indexes = v;
    return this;
  }

  public TableBuilder triggers(List<Trigger> v) {
    triggers = v;
    return this;
  }

  public TableBuilder rowSecurity(RowSecurity v) {
    rowSecurity = v;
    return this;
  }

  public TableBuilder policies(List<Policy> v) {
    policies = v;
    return this;
  }

  public TableBuilder partitionBy(PartitionBy v) {
    partitionBy = v;
    return this;
  }

  public TableBuilder partitionOf(PartitionOf v) {
    partitionOf = v;
    return this;
  }

  public TableBuilder unlogged(boolean v) {
    unlogged = v;
    return this;
  }

  public TableBuilder changeStream(ChangeStream v) {
    changeStream = v;
    return this;
  }

  public TableBuilder comment(String v) {
    comment = v;
    return this;
  }

  public Table build() {
    return new Table(
        name,
        columns,
        primaryKey,
        uniques,
        checks,
        foreignKeys,
        exclusions,
        indexes,
        triggers,
        rowSecurity,
        policies,
        partitionBy,
        partitionOf,
        null,
        unlogged,
        List.of(),
        changeStream,
        comment,
        null,
        null,
        java.util.Map.of());
  }
}
