package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An operator or fixed-form function applied to arguments ({@code a -> b}, {@code a || b}, {@code
 * extract(epoch FROM a)}), yielding values of {@code T}.
 *
 * @param shape the SQL around the arguments
 * @param args the arguments, as many as the shape has holes
 * @param javaType the Java type of the result
 * @param sqlType the SQL type of the result, when known
 * @param <T> the Java type of the result
 */
public record Op<T>(Shape shape, List<Expr<?>> args, Type javaType, @Nullable String sqlType)
    implements Expr<T> {

  /** Checks the number of arguments. */
  public Op {
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(javaType, "javaType");
    args = List.copyOf(args);
    if (args.size() != shape.arity()) {
      throw new IllegalArgumentException(
          "shape " + shape + " takes " + shape.arity() + " arguments, not " + args.size());
    }
  }
}
