package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A composite type. */
public record CompositeType(
    QualifiedName name,
    List<Attribute> attributes,
    @Nullable String comment,
    @Nullable String javaName,
    @Nullable String renamedFrom) {

  public CompositeType {
    Objects.requireNonNull(name, "name");
    attributes = List.copyOf(attributes);
  }

  /** This type with other schema-file hints (Java name, rename). */
  public CompositeType withHints(@Nullable String javaName, @Nullable String renamedFrom) {
    return new CompositeType(name, attributes, comment, javaName, renamedFrom);
  }
}
