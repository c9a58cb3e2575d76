package io.pgorm.migrate.introspect;

import io.pgorm.error.PgOrmException;
import org.jspecify.annotations.Nullable;

/**
 * Reading the catalog failed. The message names what was being read and the server's or driver's
 * error; {@link #getCause()} is the underlying exception (usually a {@link PgOrmException} with the
 * server's details) and {@link #sqlState()} its SQLSTATE.
 */
public final class IntrospectionException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Reading the catalog failed.
   *
   * @param sqlState the SQLSTATE of the underlying error, if any
   */
  public IntrospectionException(
      String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, sqlState, cause);
  }
}
