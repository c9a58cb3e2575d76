package io.pgorm.cli;

/**
 * A command failed for a reason the user can fix; its message is printed as is, without a stack
 * trace, and the command exits with 1.
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
