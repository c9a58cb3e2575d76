/**
 * Migration files: a migration is a directory {@code <yyyyMMddHHmmss>_<name>} holding {@code
 * up.sql} and, optionally, {@code down.sql}. {@link io.pgorm.migrate.files.MigrationSource} reads
 * them from a directory or the classpath; {@link io.pgorm.migrate.files.SqlSplitter} cuts a file
 * into statements (dollar quotes, escape strings, quoted identifiers, nested comments and {@code
 * BEGIN ATOMIC} bodies understood), each with its line and whether it can run in a transaction;
 * {@link io.pgorm.migrate.files.Directives} are the header comments a file may start with.
 */
@NullMarked
package io.pgorm.migrate.files;

import org.jspecify.annotations.NullMarked;
