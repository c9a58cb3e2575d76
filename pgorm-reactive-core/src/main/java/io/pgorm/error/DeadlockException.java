package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The server broke a deadlock by aborting this transaction: SQLSTATE {@code 40P01}. {@link
 * #detail()} lists the processes and locks involved. Retryable; locking rows in the same order in
 * every transaction avoids it.
 */
public class DeadlockException extends TransientException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public DeadlockException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
