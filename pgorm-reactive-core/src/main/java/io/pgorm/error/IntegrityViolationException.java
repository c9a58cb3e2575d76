package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A row broke a constraint: SQLSTATE class {@code 23} (integrity constraint violation). The
 * subclasses name the common kinds; {@link #constraint()} and {@link #table()} name the constraint
 * and table, {@link #detail()} usually quotes the offending key.
 */
public class IntegrityViolationException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public IntegrityViolationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
