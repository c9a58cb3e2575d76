package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A primary key. {@code name} is the constraint name (PostgreSQL's default {@code <table>_pkey}
 * when not declared); {@code deferrability} is rarely other than {@code NOT_DEFERRABLE}.
 */
public record PrimaryKey(
    String name,
    List<String> columns,
    List<String> include,
    @Nullable String comment,
    @Nullable String renamedFrom,
    Deferrability deferrability) {

  public PrimaryKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    include = List.copyOf(include);
    Objects.requireNonNull(deferrability, "deferrability");
  }

  /** A primary key that is not deferrable. */
  public PrimaryKey(
      String name,
      List<String> columns,
      List<String> include,
      @Nullable String comment,
      @Nullable String renamedFrom) {
    this(name, columns, include, comment, renamedFrom, Deferrability.NOT_DEFERRABLE);
  }

  /** This key with another rename hint. */
  public PrimaryKey withRenamedFrom(@Nullable String renamedFrom) {
    return new PrimaryKey(name, columns, include, comment, renamedFrom, deferrability);
  }
}
