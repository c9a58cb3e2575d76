package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A database error with no more specific type here, e.g. {@code P0001} ({@code RAISE EXCEPTION} in
 * PL/pgSQL), {@code 0A000} feature not supported, {@code XX000} internal error, or an R2DBC error
 * from outside the driver. Keeps the {@link #sqlState()} and, for server errors, the {@link
 * #serverError()}; catch {@link PgOrmException} and switch on {@link #sqlState()} to handle one.
 */
public class UncategorizedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public UncategorizedException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }

  /**
   * A failure the server did not report: {@code problem [sqlState]}.
   *
   * @param problem what failed
   * @param sqlState the code the driver assigned; {@code null} if none
   * @param cause the driver's exception
   */
  public UncategorizedException(
      String problem, @Nullable String sqlState, @Nullable Throwable cause) {
    super(Messages.withCode(problem, sqlState, null, null), sqlState, cause);
  }
}
