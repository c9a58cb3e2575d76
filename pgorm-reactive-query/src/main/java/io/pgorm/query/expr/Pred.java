package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;

/**
 * A predicate: a {@link Shape} filled with arguments ({@code a = b}, {@code a IS NULL}, {@code
 * EXISTS (...)}).
 *
 * @param shape the SQL around the arguments
 * @param args the arguments, as many as the shape has holes
 */
public record Pred(Shape shape, List<Expr<?>> args) implements Condition {

  /** Checks the number of arguments. */
  public Pred {
    Objects.requireNonNull(shape, "shape");
    args = List.copyOf(args);
    if (args.size() != shape.arity()) {
      throw new IllegalArgumentException(
          "shape " + shape + " takes " + shape.arity() + " arguments, not " + args.size());
    }
  }
}
