package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A relation between models, for code generation only (no column). {@code fields} and {@code
 * references} name the foreign-key columns and the columns they reference; {@code through} is the
 * join model of a many-to-many relation.
 */
public record Relation(
    String name,
    RelationKind kind,
    QualifiedName target,
    List<String> fields,
    List<String> references,
    @Nullable QualifiedName through) {

  public Relation {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(target, "target");
    fields = List.copyOf(fields);
    references = List.copyOf(references);
  }
}
