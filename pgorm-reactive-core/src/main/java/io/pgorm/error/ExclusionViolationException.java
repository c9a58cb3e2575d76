package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * An exclusion constraint was violated: SQLSTATE {@code 23P01}, e.g. two overlapping ranges under
 * {@code EXCLUDE USING gist (period WITH &&)}. {@link #constraint()} names the constraint, {@link
 * #detail()} the conflicting keys.
 */
public class ExclusionViolationException extends IntegrityViolationException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public ExclusionViolationException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
