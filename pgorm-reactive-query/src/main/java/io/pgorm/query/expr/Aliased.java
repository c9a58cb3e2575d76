package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A select-list item with an output name: {@code expr AS "alias"}. Used elsewhere it stands for its
 * expression.
 *
 * @param expr the expression
 * @param alias the output name (quoted when rendered)
 * @param <T> the Java type of the values
 */
public record Aliased<T>(Expr<T> expr, String alias) implements Expr<T> {

  /** Checks the alias. */
  public Aliased {
    Objects.requireNonNull(expr, "expr");
    Identifiers.check("alias", alias);
  }

  @Override
  public Type javaType() {
    return expr.javaType();
  }

  @Override
  public @Nullable String sqlType() {
    return expr.sqlType();
  }
}
