package io.pgorm.query.expr;

import java.util.Objects;

/**
 * {@code NOT (condition)}.
 *
 * @param condition the negated condition
 */
public record Not(Condition condition) implements Condition {

  /** Checks for null. */
  public Not {
    Objects.requireNonNull(condition, "condition");
  }
}
