/**
 * The query tree: typed expressions ({@link io.pgorm.query.expr.Expr}, {@link
 * io.pgorm.query.expr.Condition}) and the statements built from them. Everything here is immutable
 * data with no I/O; {@link io.pgorm.query.render} turns it into SQL and bind values.
 */
@NullMarked
package io.pgorm.query.expr;

import org.jspecify.annotations.NullMarked;
