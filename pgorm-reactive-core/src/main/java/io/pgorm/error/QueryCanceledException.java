package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The server canceled the statement: SQLSTATE {@code 57014}, either because it ran longer than
 * {@code statement_timeout} ({@link #isStatementTimeout()}; the hint says so) or because of a
 * cancel request ({@code pg_cancel_backend()} or the client). The transaction is aborted; the
 * session stays usable. Not {@linkplain #isRetryable() retryable}: the same statement would likely
 * time out again.
 */
public class QueryCanceledException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public QueryCanceledException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }

  /**
   * Whether {@code statement_timeout} caused the cancel. Detected from the server's message
   * ("canceling statement due to statement timeout"), so {@code false} when the server's messages
   * are localized ({@code lc_messages}).
   */
  public boolean isStatementTimeout() {
    ServerError error = serverError();
    return error != null && isStatementTimeout(error);
  }

  static boolean isStatementTimeout(ServerError error) {
    return "57014".equals(error.sqlState()) && error.message().contains("statement timeout");
  }
}
