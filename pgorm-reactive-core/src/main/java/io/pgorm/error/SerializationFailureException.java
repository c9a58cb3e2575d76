package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A concurrent transaction touched the same data: SQLSTATE {@code 40001} (serialization failure),
 * raised under {@code REPEATABLE READ} and {@code SERIALIZABLE} isolation, and on standbys on a
 * conflict with recovery. Retryable: run the whole transaction again.
 */
public class SerializationFailureException extends TransientException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public SerializationFailureException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
