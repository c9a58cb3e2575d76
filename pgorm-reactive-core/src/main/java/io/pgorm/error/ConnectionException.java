package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The connection to the server failed or is gone: SQLSTATE class {@code 08} (connection exception),
 * {@code 57P01} admin shutdown ({@code pg_terminate_backend()}), {@code 57P02} crash shutdown,
 * {@code 57P03} cannot connect now, {@code 57P04} database dropped, {@code 57P05} idle session
 * timeout, {@code 25P03} idle-in-transaction timeout, {@code 3D000} unknown database; and failures
 * below the protocol: connection refused, closed channels, I/O errors, timeouts waiting for a
 * connection.
 *
 * <p>Not {@linkplain #isRetryable() retryable} as such: work in flight was rolled back, except a
 * COMMIT whose reply was lost, whose outcome is unknown. Retry only work that is safe to repeat.
 */
public class ConnectionException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public ConnectionException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }

  /**
   * A connection failure the server did not report (the driver or the network did). The message is
   * {@code problem [sqlState] — <first cause message not already in problem> Hint: hint}.
   *
   * @param problem what failed, e.g. {@code Cannot connect to localhost/127.0.0.1:5432}
   * @param sqlState the code the driver assigned, e.g. {@code 08006}; {@code null} if none
   * @param hint what to do; {@code null} picks ours for the SQLSTATE, or a general one
   * @param cause the driver's or the network's exception
   */
  public ConnectionException(
      String problem, @Nullable String sqlState, @Nullable String hint, @Nullable Throwable cause) {
    super(
        Messages.withCode(problem, sqlState, causeMessage(problem, cause), hintOr(hint, sqlState)),
        sqlState,
        cause);
  }

  private static String hintOr(@Nullable String hint, @Nullable String sqlState) {
    if (hint != null) {
      return hint;
    }
    String known = Hints.forSqlState(sqlState);
    return known != null ? known : Hints.SESSION_GONE;
  }

  // The driver's own message usually repeats the problem; the network's reason sits below it.
  private static @Nullable String causeMessage(String problem, @Nullable Throwable cause) {
    for (Throwable t = cause; t != null; t = t.getCause()) {
      String message = t.getMessage();
      if (message != null && !message.isBlank() && !problem.contains(message)) {
        return message;
      }
    }
    return null;
  }
}
