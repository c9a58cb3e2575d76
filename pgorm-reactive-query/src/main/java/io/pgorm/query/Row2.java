package io.pgorm.query;

import org.jspecify.annotations.Nullable;

/**
 * A row of two values, from {@link Dsl#select(io.pgorm.query.expr.Expr, io.pgorm.query.expr.Expr)}.
 *
 * @param first the first column
 * @param second the second column
 * @param <A> the first column's type
 * @param <B> the second column's type
 */
public record Row2<A, B>(@Nullable A first, @Nullable B second) {}
