package io.pgorm.migrate;

/** Which way a migration ran: {@code up.sql} or {@code down.sql}. */
public enum MigrationDirection {
  /** {@code up.sql}: applying it. */
  UP,
  /** {@code down.sql}: rolling it back. */
  DOWN
}
