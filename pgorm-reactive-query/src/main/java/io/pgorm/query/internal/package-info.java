/** Implementations of the query builder's steps; not API. */
@NullMarked
package io.pgorm.query.internal;

import org.jspecify.annotations.NullMarked;
