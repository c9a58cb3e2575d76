package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code CAST(expr AS type)}.
 *
 * @param expr the value
 * @param type the target type
 * @param javaType the Java type of the result
 * @param <T> the Java type of the result
 */
public record Cast<T>(Expr<?> expr, SqlType type, Type javaType) implements Expr<T> {

  /** Checks for null. */
  public Cast {
    Objects.requireNonNull(expr, "expr");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(javaType, "javaType");
  }

  @Override
  public @Nullable String sqlType() {
    return type.toString();
  }
}
