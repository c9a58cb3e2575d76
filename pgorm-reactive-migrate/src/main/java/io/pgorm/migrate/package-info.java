/**
 * The migration engine. {@link io.pgorm.migrate.Migrator} applies migration files ({@link
 * io.pgorm.migrate.files}) at boot, reactively, under an advisory lock, keeping a history ({@link
 * io.pgorm.migrate.history}); {@link io.pgorm.migrate.introspect} reads a live database into the
 * schema IR, {@link io.pgorm.migrate.sql} renders IR objects as DDL, {@link
 * io.pgorm.migrate.diff.SchemaDiff} turns two IRs into an ordered {@link
 * io.pgorm.migrate.plan.Plan} with typed hazards, and {@link io.pgorm.migrate.shadow} normalises a
 * schema file's expressions through a temporary database.
 */
@NullMarked
package io.pgorm.migrate;

import org.jspecify.annotations.NullMarked;
