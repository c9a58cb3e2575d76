package io.pgorm.migrate.shadow;

import io.pgorm.error.PgOrmException;
import org.jspecify.annotations.Nullable;

/**
 * The declared schema could not be materialised or read back in the shadow database. The message
 * names the shadow database, what failed (creating it, a statement of the schema with its number,
 * reading it back, dropping it) and the server's error, which is the cause.
 */
public final class ShadowDatabaseException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * @param sqlState the SQLSTATE of the underlying error, if any
   */
  public ShadowDatabaseException(
      String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sqlState, cause);
  }
}
