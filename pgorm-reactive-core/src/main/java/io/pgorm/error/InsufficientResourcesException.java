package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The server ran out of something: SQLSTATE class {@code 53}, e.g. {@code 53300} too many
 * connections, {@code 53100} disk full, {@code 53200} out of memory.
 */
public class InsufficientResourcesException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public InsufficientResourcesException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
