package io.pgorm.query.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A table or view and the record its rows map to. Generated metamodel classes hold one such
 * constant, {@code TABLE}, built from their column constants.
 *
 * @param name the schema-qualified name
 * @param recordType the record a row maps to; its components are the columns, in column order
 * @param columns every column, in table order
 * @param primaryKey the primary key columns in key order; empty when there is none (views)
 * @param readOnly whether the model is a view or materialized view, which code does not write to
 * @param <R> the record type
 */
public record TableMeta<R>(
    TableName name,
    Class<R> recordType,
    List<ColumnMeta<R, ?>> columns,
    List<ColumnMeta<R, ?>> primaryKey,
    boolean readOnly) {

  /**
   * Checks that the columns belong to this table and have distinct names, and that the primary key
   * is made of them.
   *
   * @throws IllegalArgumentException naming the offending column
   */
  public TableMeta {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(recordType, "recordType");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    Set<String> names = new HashSet<>();
    for (ColumnMeta<R, ?> column : columns) {
      if (!column.table().equals(name)) {
        throw new IllegalArgumentException(
            "column " + column + " does not belong to table " + name);
      }
      if (!names.add(column.name())) {
        throw new IllegalArgumentException("duplicate column " + column + " in table " + name);
      }
    }
    for (ColumnMeta<R, ?> key : primaryKey) {
      if (!columns.contains(key)) {
        throw new IllegalArgumentException(
            "primary key column " + key + " is not a column of table " + name);
      }
    }
  }

  /** The column of that SQL name. */
  public Optional<ColumnMeta<R, ?>> column(String columnName) {
    for (ColumnMeta<R, ?> column : columns) {
      if (column.name().equals(columnName)) {
        return Optional.of(column);
      }
    }
    return Optional.empty();
  }

  /** {@code schema.name}, unquoted, for messages. */
  @Override
  public String toString() {
    return name.toString();
  }
}
