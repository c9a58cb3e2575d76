/**
 * The migration engine. {@link io.pgorm.migrate.Migrator} applies migration files ({@link
 * io.pgorm.migrate.files}) at boot, reactively, under an advisory lock, keeping a history ({@link
 * io.pgorm.migrate.history}); {@link io.pgorm.migrate.introspect} reads a live database into the
 * schema IR, and {@link io.pgorm.migrate.sql} renders IR objects as DDL. The diff and the plan
 * build on these.
 */
@NullMarked
package io.pgorm.migrate;

import org.jspecify.annotations.NullMarked;
