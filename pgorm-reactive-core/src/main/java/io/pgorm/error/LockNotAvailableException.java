package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A lock could not be taken: SQLSTATE {@code 55P03}, from {@code NOWAIT} / {@code SKIP LOCKED}
 * style locking or from {@code lock_timeout} ("canceling statement due to lock timeout"). Retryable
 * once the other transaction has finished.
 */
public class LockNotAvailableException extends TransientException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public LockNotAvailableException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
