package io.pgorm.schema.ir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A standalone sequence; {@code ownedBy} is {@code table.column} when a column owns it ({@code
 * OWNED BY}), and {@code type} is its {@code AS} type ({@code bigint} when {@code null}).
 */
public record Sequence(
    QualifiedName name,
    @Nullable TypeRef type,
    SequenceOptions options,
    @Nullable String ownedBy,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public Sequence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(options, "options");
  }

  /** This sequence with another rename hint. */
  public Sequence withRenamedFrom(@Nullable String renamedFrom) {
    return new Sequence(name, type, options, ownedBy, comment, renamedFrom);
  }
}
