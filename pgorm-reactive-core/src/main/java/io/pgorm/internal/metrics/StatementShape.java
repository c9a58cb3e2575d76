package io.pgorm.internal.metrics;

/**
 * What the statement meters know of a statement: its kind and its first target table.
 *
 * @param operation {@code select}, {@code insert}, {@code update}, {@code delete}, {@code merge},
 *     {@code call}, {@code ddl} or {@code other}
 * @param table the first target table as PostgreSQL resolves its name, qualified as written, or
 *     {@code none}
 */
record StatementShape(String operation, String table) {}
