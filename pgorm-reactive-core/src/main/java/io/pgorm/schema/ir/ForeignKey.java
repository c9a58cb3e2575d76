package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A FOREIGN KEY constraint. */
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
    @Nullable String renamedFrom) {

  public ForeignKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Objects.requireNonNull(referencedTable, "referencedTable");
    referencedColumns = List.copyOf(referencedColumns);
    Objects.requireNonNull(onDelete, "onDelete");
    Objects.requireNonNull(onUpdate, "onUpdate");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(deferrability, "deferrability");
  }
}
