package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The statement is wrong for this database: SQLSTATE class {@code 42} (syntax error or access rule
 * violation) except {@code 42501}, plus {@code 26} (unknown prepared statement) and {@code 3F}
 * (unknown schema). E.g. {@code 42601} syntax error, {@code 42P01} undefined table, {@code 42703}
 * undefined column, {@code 42883} undefined function or operator, {@code 42804} datatype mismatch.
 * Usually a bug or a schema that is not migrated; {@code serverError().position()} points into the
 * statement ({@link #sql()}).
 */
public class BadSqlException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  /**
   * Translates what the server reported; the message follows the format on {@link PgOrmException}.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public BadSqlException(ServerError error, @Nullable Throwable cause) {
    super(error, cause);
  }
}
