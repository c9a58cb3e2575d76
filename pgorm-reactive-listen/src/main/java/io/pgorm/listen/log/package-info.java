/**
 * Reading the change log by transaction-id watermarks, so that no committed change is skipped
 * however late its transaction commits.
 */
@NullMarked
package io.pgorm.listen.log;

import org.jspecify.annotations.NullMarked;
