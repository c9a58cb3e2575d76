package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The transaction failed because of concurrent transactions, and running it again may succeed
 * ({@link #isRetryable()} is {@code true}). The server aborted the transaction without effect: roll
 * back (the client does), then run the whole transaction again, not just the last statement.
 * Subclasses: {@link SerializationFailureException}, {@link DeadlockException}, {@link
 * LockNotAvailableException}.
 */
public abstract class TransientException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * For subclasses: a server error that a retry may cure.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  protected TransientException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }

  /** Always {@code true}: run the whole transaction again. */
  @Override
  public final boolean isRetryable() {
    return true;
  }
}
