package io.pgorm.query;

import org.jspecify.annotations.Nullable;

/**
 * A row of four values.
 *
 * @param first the first column
 * @param second the second column
 * @param third the third column
 * @param fourth the fourth column
 * @param <A> the first column's type
 * @param <B> the second column's type
 * @param <C> the third column's type
 * @param <D> the fourth column's type
 */
public record Row4<A, B, C, D>(
    @Nullable A first, @Nullable B second, @Nullable C third, @Nullable D fourth) {}
