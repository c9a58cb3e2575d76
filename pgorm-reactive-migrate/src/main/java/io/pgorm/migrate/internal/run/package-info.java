/**
 * How the migration runner works: a dedicated session with the advisory lock, the history table's
 * SQL, the comparison of files with the history, and applying a migration statement by statement.
 */
@NullMarked
package io.pgorm.migrate.internal.run;

import org.jspecify.annotations.NullMarked;
