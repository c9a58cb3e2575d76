package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The statement is not allowed in the transaction's state: SQLSTATE class {@code 25}, e.g. {@code
 * 25006} write in a read-only transaction, {@code 25P02} statement after an error in the same
 * transaction, {@code 25001} {@code SET TRANSACTION} after the first query.
 */
public class InvalidTransactionStateException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public InvalidTransactionStateException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
