package io.pgorm.schema.ir;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a function returns: a type (possibly {@code SETOF}; {@code trigger} and {@code void} are
 * types too), or a table ({@code RETURNS TABLE (...)}, when {@code table} is not empty and {@code
 * type} is {@code null}).
 */
public record RoutineReturn(@Nullable TypeRef type, boolean setOf, List<Attribute> table) {

  public RoutineReturn {
    table = List.copyOf(table);
    if ((type == null) == table.isEmpty()) {
      throw new IllegalArgumentException(
          "a function returns a type or a table, not both or neither");
    }
  }

  /** Whether the function returns a set: {@code SETOF type} or {@code TABLE (...)}. */
  public boolean returnsSet() {
    return setOf || type == null;
  }

  public static RoutineReturn of(TypeRef type) {
    return new RoutineReturn(type, false, List.of());
  }
}
