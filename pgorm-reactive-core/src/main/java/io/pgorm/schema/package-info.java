/**
 * The schema language: parse a {@code .pgorm} file into the IR, validate it, and print an IR back
 * as canonical text. See {@code docs/schema-language.md} for the language reference.
 */
@NullMarked
package io.pgorm.schema;

import org.jspecify.annotations.NullMarked;
