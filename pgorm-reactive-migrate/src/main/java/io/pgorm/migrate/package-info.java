/**
 * The migration engine. Today: {@link io.pgorm.migrate.introspect} reads a live database into the
 * schema IR, and {@link io.pgorm.migrate.sql} renders IR objects as DDL. The diff, the plan, the
 * migration files and the runner build on these two.
 */
@NullMarked
package io.pgorm.migrate;

import org.jspecify.annotations.NullMarked;
