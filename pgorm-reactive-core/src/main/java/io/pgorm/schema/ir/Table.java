package io.pgorm.schema.ir;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A table ("model"): columns, constraints, indexes, triggers, row-level security, partitioning, and
 * what code generation and change streams need. A partition declared in the schema is a table with
 * {@code partitionOf} set and no columns of its own. {@code storageParameters} are its {@code WITH
 * (...)} options ({@code fillfactor}, {@code autovacuum_*}, {@code toast.*}, ...), values as
 * PostgreSQL reports them in {@code reloptions}.
 */
public record Table(
    QualifiedName name,
    List<Column> columns,
    @Nullable PrimaryKey primaryKey,
    List<UniqueConstraint> uniques,
    List<CheckConstraint> checks,
    List<ForeignKey> foreignKeys,
    List<ExclusionConstraint> exclusions,
    List<Index> indexes,
    List<Trigger> triggers,
    RowSecurity rowSecurity,
    List<Policy> policies,
    @Nullable PartitionBy partitionBy,
    @Nullable PartitionOf partitionOf,
    @Nullable ManagedPartitions managedPartitions,
    boolean unlogged,
    List<Relation> relations,
    @Nullable ChangeStream changeStream,
    @Nullable String comment,
    @Nullable String javaName,
    @Nullable String renamedFrom,
    Map<String, String> storageParameters) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    uniques = List.copyOf(uniques);
    checks = List.copyOf(checks);
    foreignKeys = List.copyOf(foreignKeys);
    exclusions = List.copyOf(exclusions);
    indexes = List.copyOf(indexes);
    triggers = List.copyOf(triggers);
    Objects.requireNonNull(rowSecurity, "rowSecurity");
    policies = List.copyOf(policies);
    relations = List.copyOf(relations);
    storageParameters = Map.copyOf(storageParameters);
  }

  /** A table with these columns and nothing else. */
  public static Table of(QualifiedName name, List<Column> columns) {
    return new Table(
        name,
        columns,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        RowSecurity.OFF,
        List.of(),
        null,
        null,
        null,
        false,
        List.of(),
        null,
        null,
        null,
        null,
        Map.of());
  }

  /** The column of that name, or {@code null}. */
  public @Nullable Column column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return c;
      }
    }
    return null;
  }

  /** This table with other columns. */
  public Table withColumns(List<Column> value) {
    return with(c -> c.columns = value);
  }

  /** This table with another primary key (or none). */
  public Table withPrimaryKey(@Nullable PrimaryKey value) {
    return with(c -> c.primaryKey = value);
  }

  /** This table with other triggers. */
  public Table withTriggers(List<Trigger> value) {
    return with(c -> c.triggers = value);
  }

  /** This table with another comment. */
  public Table withComment(@Nullable String value) {
    return with(c -> c.comment = value);
  }

  /** This table with another change stream (or none). */
  public Table withChangeStream(@Nullable ChangeStream value) {
    return with(c -> c.changeStream = value);
  }

  /** This table with other constraints. */
  public Table withConstraints(
      @Nullable PrimaryKey primaryKey,
      List<UniqueConstraint> uniques,
      List<CheckConstraint> checks,
      List<ForeignKey> foreignKeys,
      List<ExclusionConstraint> exclusions) {
    return with(
        c -> {
          c.primaryKey = primaryKey;
          c.uniques = uniques;
          c.checks = checks;
          c.foreignKeys = foreignKeys;
          c.exclusions = exclusions;
        });
  }

  /** This table with other indexes. */
  public Table withIndexes(List<Index> indexes) {
    return with(c -> c.indexes = indexes);
  }

  /** This table with other schema-file hints: managed partitions, relations, Java name, rename. */
  public Table withHints(
      @Nullable ManagedPartitions managedPartitions,
      List<Relation> relations,
      @Nullable String javaName,
      @Nullable String renamedFrom) {
    return with(
        c -> {
          c.managedPartitions = managedPartitions;
          c.relations = relations;
          c.javaName = javaName;
          c.renamedFrom = renamedFrom;
        });
  }

  /** This table with other storage parameters. */
  public Table withStorageParameters(Map<String, String> storageParameters) {
    return with(c -> c.storageParameters = storageParameters);
  }

  /** This table with the fields {@code change} sets: the one copy every wither makes. */
  private Table with(Consumer<Copy> change) {
    Copy c = new Copy(this);
    change.accept(c);
    return c.build();
  }

  /** A table's fields, mutable while a wither changes some of them. */
  private static final class Copy {
    QualifiedName name;
    List<Column> columns;
    @Nullable PrimaryKey primaryKey;
    List<UniqueConstraint> uniques;
    List<CheckConstraint> checks;
    List<ForeignKey> foreignKeys;
    List<ExclusionConstraint> exclusions;
    List<Index> indexes;
    List<Trigger> triggers;
    RowSecurity rowSecurity;
    List<Policy> policies;
    @Nullable PartitionBy partitionBy;
    @Nullable PartitionOf partitionOf;
    @Nullable ManagedPartitions managedPartitions;
    boolean unlogged;
    List<Relation> relations;
    @Nullable ChangeStream changeStream;
    @Nullable String comment;
    @Nullable String javaName;
    @Nullable String renamedFrom;
    Map<String, String> storageParameters;

    Copy(Table t) {
      name = t.name;
      columns = t.columns;
      primaryKey = t.primaryKey;
      uniques = t.uniques;
      checks = t.checks;
      foreignKeys = t.foreignKeys;
      exclusions = t.exclusions;
      indexes = t.indexes;
      triggers = t.triggers;
      rowSecurity = t.rowSecurity;
      policies = t.policies;
      partitionBy = t.partitionBy;
      partitionOf = t.partitionOf;
      managedPartitions = t.managedPartitions;
      unlogged = t.unlogged;
      relations = t.relations;
      changeStream = t.changeStream;
      comment = t.comment;
      javaName = t.javaName;
      renamedFrom = t.renamedFrom;
      storageParameters = t.storageParameters;
    }

    Table build() {
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
          managedPartitions,
          unlogged,
          relations,
          changeStream,
          comment,
          javaName,
          renamedFrom,
          storageParameters);
    }
  }
}
