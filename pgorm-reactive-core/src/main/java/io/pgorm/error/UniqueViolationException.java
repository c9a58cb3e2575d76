package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A unique or primary key constraint was violated: SQLSTATE {@code 23505}. {@link #constraint()}
 * names the constraint (or unique index), {@link #detail()} the duplicate key, e.g. {@code Key
 * (email)=(a@b.c) already exists.}
 */
public class UniqueViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public UniqueViolationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
