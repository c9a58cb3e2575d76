package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A {@code NOT NULL} column got a null: SQLSTATE {@code 23502}. {@link #column()} and {@link
 * #table()} name the column and table.
 */
public class NotNullViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public NotNullViolationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
