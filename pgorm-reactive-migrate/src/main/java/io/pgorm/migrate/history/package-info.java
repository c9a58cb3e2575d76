/**
 * The history of a database's migrations: the table the runner keeps it in ({@link
 * io.pgorm.migrate.history.HistoryTable}), its rows ({@link
 * io.pgorm.migrate.history.HistoryEntry}), the checksum of a migration file ({@link
 * io.pgorm.migrate.history.Checksums}) and the hash of a schema that a migration was planned
 * against ({@link io.pgorm.migrate.history.SchemaHash}).
 */
@NullMarked
package io.pgorm.migrate.history;

import org.jspecify.annotations.NullMarked;
