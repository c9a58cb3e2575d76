/**
 * DDL rendering: IR objects to PostgreSQL statements, one object at a time ({@link
 * io.pgorm.migrate.sql.TableDdl}, {@link io.pgorm.migrate.sql.IndexDdl}, ...) and a whole schema
 * from nothing ({@link io.pgorm.migrate.sql.CreateScript}). No I/O: statements are strings without
 * a trailing semicolon. Identifiers are quoted only where PostgreSQL needs it ({@link
 * io.pgorm.migrate.sql.SqlText#quoteIdent}); expressions in the IR are SQL text and are written as
 * they are.
 */
@NullMarked
package io.pgorm.migrate.sql;

import org.jspecify.annotations.NullMarked;
