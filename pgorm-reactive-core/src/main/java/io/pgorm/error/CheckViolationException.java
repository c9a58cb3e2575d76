package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A check constraint was violated: SQLSTATE {@code 23514}. {@link #constraint()} names the
 * constraint; {@link #detail()} shows the failing row as the server printed it.
 */
public class CheckViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public CheckViolationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
