package io.pgorm.schema.ir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A CHECK constraint of a table or a domain; {@code expression} is SQL text. */
public record CheckConstraint(
    String name,
    String expression,
    boolean noInherit,
    @Nullable String comment,
    @Nullable String renamedFrom) {

  public CheckConstraint {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(expression, "expression");
  }

  /** This constraint with another rename hint. */
  public CheckConstraint withRenamedFrom(@Nullable String renamedFrom) {
    return new CheckConstraint(name, expression, noInherit, comment, renamedFrom);
  }
}
