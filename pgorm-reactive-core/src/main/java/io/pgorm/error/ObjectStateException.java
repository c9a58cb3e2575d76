package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * An object is not in the state the statement needs: SQLSTATE class {@code 55} (object not in
 * prerequisite state) except {@code 55P03}, which is {@link LockNotAvailableException}; e.g. {@code
 * 55P04} unsafe use of a new enum value, {@code 55000}.
 */
public class ObjectStateException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public ObjectStateException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
