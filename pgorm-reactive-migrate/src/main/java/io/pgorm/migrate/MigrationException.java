package io.pgorm.migrate;

import io.pgorm.error.PgOrmException;
import org.jspecify.annotations.Nullable;

/**
 * A migration could not be read, checked, applied or rolled back. The subclasses say which: {@link
 * MigrationFileException} (the files), {@link MigrationValidationException} (files and history
 * disagree), {@link MigrationLockException} (the lock), {@link IrreversibleMigrationException}
 * ({@code down} refused) and {@link MigrationFailedException} (a statement failed). Other failures
 * of the runner's own statements (connecting, reading the history) arrive as the client's {@link
 * PgOrmException}s, unwrapped.
 */
public class MigrationException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * A migration failure.
   *
   * @param message the whole message, naming the migration and what to do
   * @param sqlState the SQLSTATE of the underlying server error, if any
   * @param cause the underlying error, if any
   */
  public MigrationException(String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sqlState, cause);
  }
}
