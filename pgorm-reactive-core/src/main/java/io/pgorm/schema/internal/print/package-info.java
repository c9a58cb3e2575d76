/** The canonical printer: IR to schema text. */
@NullMarked
package io.pgorm.schema.internal.print;

import org.jspecify.annotations.NullMarked;
