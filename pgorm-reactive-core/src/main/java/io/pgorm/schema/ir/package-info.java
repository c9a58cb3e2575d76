/**
 * The schema IR: immutable records with value equality, the one model that the parser, printer,
 * introspection, diff, code generation and trigger generation share.
 *
 * <p>Conventions: names are kept as PostgreSQL stores them; SQL expressions (defaults, checks,
 * predicates, view queries, bodies) are SQL text; every constraint and index has its name — the one
 * PostgreSQL would give it when the schema file gives none — so that an IR read from a file equals
 * the IR read back from a database; lists keep declaration order; a {@code null} optional field
 * means "not set" and a {@code comment} of {@code null} means no comment.
 */
@NullMarked
package io.pgorm.schema.ir;

import org.jspecify.annotations.NullMarked;
