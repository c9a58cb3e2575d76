package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * A value is invalid for its type or operation: SQLSTATE class {@code 22} (data exception), e.g.
 * {@code 22P02} invalid text representation ({@code 'abc'::int}), {@code 22001} string too long for
 * {@code varchar(n)}, {@code 22003} numeric value out of range, {@code 22012} division by zero,
 * {@code 22007}/{@code 22008} bad or out-of-range date/time. Use {@link #sqlState()} to tell them
 * apart. The server does not name the column for most of these.
 */
public class DataException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public DataException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
