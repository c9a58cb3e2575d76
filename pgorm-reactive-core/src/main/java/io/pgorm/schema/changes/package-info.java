/**
 * {@code @@notify} as database objects: the change-log table, the capture function and one trigger
 * per table, and back. Change streams read the log; the migration engine diffs these objects like
 * any other.
 */
@NullMarked
package io.pgorm.schema.changes;

import org.jspecify.annotations.NullMarked;
