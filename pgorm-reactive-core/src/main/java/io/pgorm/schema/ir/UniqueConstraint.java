package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A UNIQUE constraint (not a unique index, which is an {@link Index}). */
public record UniqueConstraint(
    String name,
    List<String> columns,
    boolean nullsNotDistinct,
    List<String> include,
    Deferrability deferrability,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public UniqueConstraint {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    include = List.copyOf(include);
    Objects.requireNonNull(deferrability, "deferrability");
  }

  /** This constraint with another rename hint. */
  public UniqueConstraint withRenamedFrom(@Nullable String renamedFrom) {
    return new UniqueConstraint(
        name, columns, nullsNotDistinct, include, deferrability, comment, renamedFrom);
  }
}
