/**
 * Writing migrations during development ({@code pgorm migrate dev}): replay the migration files in
 * a shadow database, report drift (the live database differs from what its applied migrations
 * make), plan the schema file against what all the files make, and write the plan as a migration
 * directory.
 */
@NullMarked
package io.pgorm.migrate.dev;

import org.jspecify.annotations.NullMarked;
