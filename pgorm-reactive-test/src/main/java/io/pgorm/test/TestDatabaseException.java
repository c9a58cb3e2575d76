package io.pgorm.test;

/**
 * A test database could not be had: the configured URL is malformed, the requested mode cannot work
 * here, the server did not start, or a {@code CREATE}/{@code DROP} failed. The message names the
 * setting or statement, the server, and a hint; the cause, if any, is the driver's error.
 */
public final class TestDatabaseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message only.
   *
   * @param message what failed, the identifiers involved, and a hint
   */
  public TestDatabaseException(String message) {
    super(message);
  }

  /**
   * Creates an exception that keeps the underlying error.
   *
   * @param message what failed, the identifiers involved, and a hint
   * @param cause the error that caused it
   */
  public TestDatabaseException(String message, Throwable cause) {
    super(message, cause);
  }
}
