package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A primary key. {@code name} is the constraint name (PostgreSQL's default {@code <table>_pkey}
 * when not declared).
 */
public record PrimaryKey(
    String name,
    List<String> columns,
    List<String> include,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    include = List.copyOf(include);
  }
}
