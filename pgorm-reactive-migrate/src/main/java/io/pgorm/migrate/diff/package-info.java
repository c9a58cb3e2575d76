/**
 * The schema diff: {@link io.pgorm.migrate.diff.SchemaDiff} compares two IR models and gives the
 * {@link io.pgorm.migrate.plan.Plan} between them. Pure: no I/O.
 */
@NullMarked
package io.pgorm.migrate.diff;

import org.jspecify.annotations.NullMarked;
