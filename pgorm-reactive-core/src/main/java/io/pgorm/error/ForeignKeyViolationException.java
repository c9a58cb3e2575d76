package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A foreign key constraint was violated: SQLSTATE {@code 23503}. Raised both when a referencing row
 * names a missing key and when a referenced row is deleted or changed while still referenced;
 * {@link #detail()} says which, {@link #constraint()} names the constraint.
 */
public class ForeignKeyViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public ForeignKeyViolationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
