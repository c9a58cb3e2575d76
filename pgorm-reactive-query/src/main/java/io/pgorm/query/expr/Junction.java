package io.pgorm.query.expr;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code c1 AND c2 ...} or {@code c1 OR c2 ...}. Empty, it is {@link Condition#none()}.
 *
 * @param and whether the conditions are joined by AND (else OR)
 * @param conditions two or more conditions (none of them {@code none()}), or none at all
 */
public record Junction(boolean and, List<Condition> conditions) implements Condition {

  static final Junction NONE = new Junction(true, List.of());

  /** Copies the list. */
  public Junction {
    conditions = List.copyOf(conditions);
  }

  /** Drops {@code none()} entries, flattens nested junctions of the same kind. */
  static Condition of(boolean and, List<? extends Condition> conditions) {
    List<Condition> kept = new ArrayList<>(conditions.size());
    for (Condition c : conditions) {
      Objects.requireNonNull(c, "condition");
      if (c.isNone()) {
        continue;
      }
      if (c instanceof Junction j && j.and == and) {
        kept.addAll(j.conditions);
      } else {
        kept.add(c);
      }
    }
    if (kept.isEmpty()) {
      return NONE;
    }
    return kept.size() == 1 ? kept.get(0) : new Junction(and, kept);
  }
}
