/**
 * The query builder: {@link io.pgorm.query.Dsl} starts typed, immutable statements ({@link
 * io.pgorm.query.Select}, {@link io.pgorm.query.Insert}, {@link io.pgorm.query.Update}, {@link
 * io.pgorm.query.Delete}) over the generated metamodel, and a {@link io.pgorm.query.QueryClient}
 * runs them.
 */
@NullMarked
package io.pgorm.query;

import org.jspecify.annotations.NullMarked;
