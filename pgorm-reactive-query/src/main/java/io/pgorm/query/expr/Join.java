package io.pgorm.query.expr;

import java.util.Objects;

/**
 * A JOIN clause.
 *
 * @param type inner, left, right, full or cross
 * @param item what is joined
 * @param on the join condition; {@link Condition#none()} for CROSS JOIN (and {@code ON TRUE} for
 *     the others)
 */
public record Join(Type type, FromItem item, Condition on) {

  /** The kinds of join. */
  public enum Type {
    INNER("JOIN"),
    LEFT("LEFT JOIN"),
    RIGHT("RIGHT JOIN"),
    FULL("FULL JOIN"),
    CROSS("CROSS JOIN");

    private final String sql;

    Type(String sql) {
      this.sql = sql;
    }

    /** The keywords. */
    public String sql() {
      return sql;
    }
  }

  /** Checks for null. */
  public Join {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(on, "on");
  }
}
