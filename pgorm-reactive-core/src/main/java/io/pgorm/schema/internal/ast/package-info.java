/**
 * The syntax tree of a schema file: what was written, where, before names and types are resolved.
 */
@NullMarked
package io.pgorm.schema.internal.ast;

import org.jspecify.annotations.NullMarked;
