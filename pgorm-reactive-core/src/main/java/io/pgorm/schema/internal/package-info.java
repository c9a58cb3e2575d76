/** Lexer, recursive-descent parser, lowering to the IR, and the canonical printer. */
@NullMarked
package io.pgorm.schema.internal;

import org.jspecify.annotations.NullMarked;
