package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A type as written: {@code numeric(10, 2)}, {@code timestamp(3) with time zone}, {@code interval
 * day to second(3)}, {@code text[]}, {@code billing.status}.
 *
 * @param name the name; several-word built-in names are joined with single spaces ({@code double
 *     precision}, {@code timestamp with time zone})
 * @param modifiers the type modifiers as written (numbers or names), empty if none
 * @param intervalFields for {@code interval}: the fields ({@code day to second}), else null
 * @param arrayDims the number of {@code []} suffixes
 */
public record TypeRef(
    QName name, List<String> modifiers, @Nullable String intervalFields, int arrayDims, Pos pos) {

  public TypeRef {
    modifiers = List.copyOf(modifiers);
  }
}
