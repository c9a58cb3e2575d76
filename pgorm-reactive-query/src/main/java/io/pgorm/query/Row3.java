package io.pgorm.query;

import org.jspecify.annotations.Nullable;

/**
 * A row of three values.
 *
 * @param first the first column
 * @param second the second column
 * @param third the third column
 * @param <A> the first column's type
 * @param <B> the second column's type
 * @param <C> the third column's type
 */
public record Row3<A, B, C>(@Nullable A first, @Nullable B second, @Nullable C third) {}
