package io.pgorm.schema.ir;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A function or procedure argument. */
public record RoutineArg(
    ArgMode mode, @Nullable String name, TypeRef type, @Nullable String defaultExpression) {

  public RoutineArg {
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(type, "type");
  }
}
