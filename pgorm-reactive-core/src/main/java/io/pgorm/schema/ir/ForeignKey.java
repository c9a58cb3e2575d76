package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A FOREIGN KEY constraint. {@code onDeleteColumns} are the columns that {@code ON DELETE SET NULL
 * (...)} or {@code SET DEFAULT (...)} sets (PostgreSQL 15+); empty for all the key's columns.
 */
public record ForeignKey(
    String name,
    List<String> columns,
    QualifiedName referencedTable,
    List<String> referencedColumns,
    ForeignKeyAction onDelete,
    ForeignKeyAction onUpdate,
    ForeignKeyMatch match,
    Deferrability deferrability,
    @Nullable String comment,
    @Nullable String renamedFrom,
    List<String> onDeleteColumns) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Objects.requireNonNull(referencedTable, "referencedTable");
    referencedColumns = List.copyOf(referencedColumns);
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(deferrability, "deferrability");
    onDeleteColumns = List.copyOf(onDeleteColumns);
    if (!onDeleteColumns.isEmpty()
        && onDelete != ForeignKeyAction.SET_NULL
        && onDelete != ForeignKeyAction.SET_DEFAULT) {
      throw new IllegalArgumentException(
          "only ON DELETE SET NULL or SET DEFAULT takes columns: " + name);
    }
  }

  /** This key with another rename hint. */
  public ForeignKey withRenamedFrom(@Nullable String renamedFrom) {
    return new ForeignKey(
        name,
        columns,
        referencedTable,
        referencedColumns,
        onDelete,
        onUpdate,
        match,
        deferrability,
        comment,
        renamedFrom,
        onDeleteColumns);
  }
}
