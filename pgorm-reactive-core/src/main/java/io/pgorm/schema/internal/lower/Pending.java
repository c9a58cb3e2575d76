package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Pos;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A constraint or index before names are chosen: its IR value (with a placeholder name when none
 * was written), the parts of the default name, and where it was declared.
 *
 * @param explicit the written name, or null
 * @param name2 the middle part of the default name (columns), or null
 * @param label the last part: {@code pkey}, {@code key}, {@code check}, {@code fkey}, {@code excl},
 *     {@code idx}
 */
record Pending<T>(
    T value,
    @Nullable String explicit,
    @Nullable String name2,
    String label,
    Pos pos,
    Ctx ctx,
    BiFunction<T, String, T> rename) {

  /** The value with its final name. */
  T named(String name) {
    return rename.apply(value, name);
  }
}
