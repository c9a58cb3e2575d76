package io.pgorm.schema.gen;

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
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A table under construction. */
final class TB {

  final QualifiedName name;
  final List<Column> columns = new ArrayList<>();
  final Set<String> fieldNames = new HashSet<>();
  PrimaryKey pk;
  final List<UniqueConstraint> uniques = new ArrayList<>();
  final List<CheckConstraint> checks = new ArrayList<>();
  final List<ForeignKey> fks = new ArrayList<>();
  final List<ExclusionConstraint> exclusions = new ArrayList<>();
  final List<Index> indexes = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();
  final Set<String> triggerNames = new HashSet<>();
  RowSecurity rls = RowSecurity.OFF;
  final List<Policy> policies = new ArrayList<>();
  PartitionBy partitionBy;
  PartitionOf partitionOf;
  ManagedPartitions managed;
  boolean unlogged;
  final java.util.Map<String, String> storage = new java.util.LinkedHashMap<>();
  final List<Relation> relations = new ArrayList<>();
  ChangeStream changeStream;
  String comment;
  String javaName;
  String renamedFrom;

  /** For partitioned tables: the columns a partition's indexes may use. */
  List<Column> keyColumns = List.of();

  boolean defaultPartition;

  TB(QualifiedName name) {
    this.name = name;
  }

  Column column(String n) {
    for (Column c : columns) {
      if (c.name().equals(n)) {
        return c;
      }
    }
    return null;
  }

  boolean unique(List<String> cols) {
    Set<String> s = new HashSet<>(cols);
    if (pk != null && new HashSet<>(pk.columns()).equals(s)) {
      return true;
    }
    for (UniqueConstraint u : uniques) {
      if (new HashSet<>(u.columns()).equals(s)) {
        return true;
      }
    }
    return false;
  }

  Table build() {
    return new Table(
        name,
        columns,
        pk,
        uniques,
        checks,
        fks,
        exclusions,
        indexes,
        triggers,
        rls,
        policies,
        partitionBy,
        partitionOf,
        managed,
        unlogged,
        relations,
        changeStream,
        comment,
        javaName,
        renamedFrom,
        storage);
  }
}
