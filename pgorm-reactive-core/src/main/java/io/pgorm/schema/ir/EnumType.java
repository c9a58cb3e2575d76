package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** An enum type; {@code values} in their sort order. */
public record EnumType(
    QualifiedName name,
    List<String> values,
    @Nullable String comment,
    @Nullable String javaName,
    @Nullable String renamedFrom) {

  public EnumType {
    Objects.requireNonNull(name, "name");
    values = List.copyOf(values);
  }

  /** This type with other schema-file hints (Java name, rename). */
  public EnumType withHints(@Nullable String javaName, @Nullable String renamedFrom) {
    return new EnumType(name, values, comment, javaName, renamedFrom);
  }
}
