package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The role lacks a privilege, or a row-level security policy rejected a row: SQLSTATE {@code 42501}
 * (insufficient privilege).
 */
public class PermissionDeniedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public PermissionDeniedException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
