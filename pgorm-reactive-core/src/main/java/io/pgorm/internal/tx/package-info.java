/** Transaction mechanics: begin, savepoints, commit, rollback on error and cancel, retry. */
@NullMarked
package io.pgorm.internal.tx;

import org.jspecify.annotations.NullMarked;
