package io.pgorm.query.meta;

import java.util.List;

/** Checks shared by the metamodel records. */
final class Columns {

  private Columns() {}

  static <R> void requireOwned(String what, TableMeta<R> table, List<ColumnMeta<R, ?>> columns) {
    for (ColumnMeta<R, ?> column : columns) {
      if (!table.columns().contains(column)) {
        throw new IllegalArgumentException(
            what + ": column " + column + " is not a column of " + table.name());
      }
    }
  }
}
