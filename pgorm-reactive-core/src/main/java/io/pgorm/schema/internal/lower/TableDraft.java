package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.Pos;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.ManagedPartitions;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A table being lowered: what the model says, before names are chosen and relations resolved. */
final class TableDraft {

  final QualifiedName name;
  final Ctx ctx;
  final Pos pos;
  final List<Column> columns = new ArrayList<>();
  final Map<String, Pos> columnPos = new LinkedHashMap<>();
  final List<Member.Field> relationFields = new ArrayList<>();
  final List<Relation> relations = new ArrayList<>();
  @Nullable Pending<PrimaryKey> primaryKey;
  final List<Pending<UniqueConstraint>> uniques = new ArrayList<>();
  final List<Pending<CheckConstraint>> checks = new ArrayList<>();
  final List<Pending<ForeignKey>> foreignKeys = new ArrayList<>();
  final List<Pending<ExclusionConstraint>> exclusions = new ArrayList<>();
  final List<Pending<Index>> indexes = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();
  RowSecurity rowSecurity = RowSecurity.OFF;
  boolean rlsDeclared;
  final List<Policy> policies = new ArrayList<>();
  final List<Pos> policyPos = new ArrayList<>();
  @Nullable PartitionBy partitionBy;
  @Nullable Pos partitionByPos;
  @Nullable PartitionOf partitionOf;
  @Nullable Pos partitionOfPos;
  io.pgorm.schema.internal.ast.PartitionDecl.@Nullable Bound bound;
  @Nullable ManagedPartitions managedPartitions;
  @Nullable Pos managedPos;
  boolean unlogged;
  @Nullable ChangeStream changeStream;
  @Nullable String comment;
  @Nullable String javaName;
  @Nullable String renamedFrom;
  final java.util.Map<String, String> storageParameters = new java.util.LinkedHashMap<>();
  @Nullable Pos storagePos;

  TableDraft(QualifiedName name, Ctx ctx, Pos pos) {
    this.name = name;
    this.ctx = ctx;
    this.pos = pos;
  }

  @Nullable Column column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    return null;
  }

  /** Every pending constraint and index, in the order names are chosen. */
  List<Pending<?>> pending() {
    List<Pending<?>> out = new ArrayList<>();
    if (primaryKey != null) {
      out.add(primaryKey);
    }
    out.addAll(uniques);
    out.addAll(checks);
    out.addAll(foreignKeys);
    out.addAll(exclusions);
    out.addAll(indexes);
    return out;
  }

  String display() {
    return (partitionOf != null ? "partition '" : "model '") + Symbols.display(name) + "'";
  }
}
