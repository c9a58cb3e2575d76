/** The exception hierarchy: one unchecked root, subclasses by SQLSTATE class and client failure. */
@NullMarked
package io.pgorm.error;

import org.jspecify.annotations.NullMarked;
