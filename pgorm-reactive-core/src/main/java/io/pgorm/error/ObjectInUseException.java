package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * Another session is using the object: SQLSTATE {@code 55006}, e.g. {@code DROP DATABASE} while
 * others are connected to it.
 */
public class ObjectInUseException extends ObjectStateException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public ObjectInUseException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
