package io.pgorm.query.expr;

import io.pgorm.query.meta.ColumnMeta;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code ON CONFLICT [(columns) | ON CONSTRAINT name] DO NOTHING | DO UPDATE SET ... [WHERE ...]}.
 *
 * @param columns the conflict target's columns (empty with a constraint or no target)
 * @param constraint the conflict target's constraint name, or {@code null}
 * @param doNothing whether the action is DO NOTHING
 * @param set the DO UPDATE assignments
 * @param where the DO UPDATE condition ({@link Condition#none()} for none)
 */
public record OnConflict(
    List<ColumnMeta<?, ?>> columns,
    @Nullable String constraint,
    boolean doNothing,
    List<Assignment> set,
    Condition where) {

  /** Checks that the parts fit together. */
  public OnConflict {
    columns = List.copyOf(columns);
    set = List.copyOf(set);
    if (constraint != null) {
      Identifiers.check("constraint name", constraint);
      if (!columns.isEmpty()) {
        throw new IllegalArgumentException("ON CONFLICT names either columns or a constraint");
      }
    }
    if (!doNothing && set.isEmpty()) {
      throw new IllegalArgumentException("ON CONFLICT DO UPDATE needs at least one SET");
    }
    if (!doNothing && columns.isEmpty() && constraint == null) {
      throw new IllegalArgumentException(
          "ON CONFLICT DO UPDATE needs a conflict target: columns or a constraint");
    }
  }
}
