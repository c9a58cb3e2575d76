package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Objects;

/**
 * A query used as a value: {@code (SELECT ...)}, for scalar subqueries and the right side of {@code
 * = ANY}, {@code EXISTS}.
 *
 * @param query the query
 * @param javaType the Java type of its one column
 * @param <T> the Java type of its one column
 */
public record Subquery<T>(QueryNode query, Type javaType) implements Expr<T> {

  /** Checks for null. */
  public Subquery {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(javaType, "javaType");
  }
}
