package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The server refused to log in: SQLSTATE class {@code 28}, e.g. {@code 28P01} wrong password,
 * {@code 28000} no such role, role without {@code LOGIN}, or no {@code pg_hba.conf} entry.
 */
public class AuthenticationException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public AuthenticationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
