package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CASE WHEN c1 THEN v1 ... ELSE v END}. Start one with {@link Case#of(Condition, Expr)}.
 *
 * @param branches the WHEN branches, in order
 * @param otherwise the ELSE value, or {@code null} (then unmatched rows give NULL)
 * @param javaType the Java type of the result
 * @param <T> the Java type of the result
 */
public record Case<T>(List<Branch<T>> branches, @Nullable Expr<T> otherwise, Type javaType)
    implements Expr<T> {

  /**
   * One {@code WHEN condition THEN value}.
   *
   * @param when the condition
   * @param then the value
   * @param <T> the Java type of the value
   */
  public record Branch<T>(Condition when, Expr<T> then) {}

  /** Checks there is a branch. */
  public Case {
    branches = List.copyOf(branches);
    Objects.requireNonNull(javaType, "javaType");
    if (branches.isEmpty()) {
      throw new IllegalArgumentException("CASE needs at least one WHEN");
    }
  }

  /** {@code CASE WHEN condition THEN value}. */
  public static <T> Case<T> of(Condition condition, Expr<T> value) {
    return new Case<>(List.of(new Branch<>(condition, value)), null, value.javaType());
  }

  /** This CASE with one more branch. */
  public Case<T> when(Condition condition, Expr<T> value) {
    List<Branch<T>> next = new ArrayList<>(branches);
    next.add(new Branch<>(condition, value));
    return new Case<>(next, otherwise, javaType);
  }

  /** This CASE with an ELSE value. */
  public Case<T> otherwise(Expr<T> value) {
    return new Case<>(branches, Objects.requireNonNull(value, "value"), javaType);
  }

  @Override
  public @Nullable String sqlType() {
    return branches.get(0).then().sqlType();
  }
}
