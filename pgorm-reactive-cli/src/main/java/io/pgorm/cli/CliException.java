package io.pgorm.cli;

/**
 * A command failed for a reason the user can fix; its message is printed as is, without a stack
 * trace, and the command exits with its {@link #exitCode()} (1 unless said otherwise).
 */
public final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CliException(String message) {
    this(message, 1);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
    this.exitCode = 1;
  }

  /** A failure with this exit code (see {@code pgorm --help}). */
  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  /** The code the command exits with. */
  public int exitCode() {
    return exitCode;
  }
}
