package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An EXCLUDE constraint. */
public record ExclusionConstraint(
    String name,
    String method,
    List<ExclusionElement> elements,
    List<String> include,
    @Nullable String where,
    Deferrability deferrability,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public ExclusionConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(method, "method");
    elements = List.copyOf(elements);
    include = List.copyOf(include);
    Objects.requireNonNull(deferrability, "deferrability");
  }

  /** This constraint with another rename hint. */
  public ExclusionConstraint withRenamedFrom(@Nullable String renamedFrom) {
    return new ExclusionConstraint(
        name, method, elements, include, where, deferrability, comment, renamedFrom);
  }
}
