/** Internals of the {@code pgorm} command. */
@NullMarked
package io.pgorm.cli.internal;

import org.jspecify.annotations.NullMarked;
