/**
 * The diff's inner workings: objects keyed and matched (renames applied), compared into changes,
 * and the changes spread to what depends on them. No I/O.
 */
@NullMarked
package io.pgorm.migrate.internal.diff;

import org.jspecify.annotations.NullMarked;
