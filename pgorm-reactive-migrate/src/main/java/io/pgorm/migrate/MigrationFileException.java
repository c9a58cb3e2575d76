package io.pgorm.migrate;

import org.jspecify.annotations.Nullable;

/**
 * A migration file or directory is wrong: a missing location, a directory name that is not {@code
 * <yyyyMMddHHmmss>_<name>}, two migrations with one version, a missing or empty {@code up.sql}, a
 * file that is not UTF-8, an unterminated string or comment, a bad {@code -- pgorm:} directive, or
 * a {@code BEGIN}/{@code COMMIT} in a file. Raised before anything runs. The message starts with
 * the file (and line): {@code db/migrations/20250101120000_init/up.sql line 7: unterminated
 * dollar-quoted string $body$. Hint: close it with $body$.}
 */
public final class MigrationFileException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final int line;

  /** A problem with {@code file} at {@code line} (0 when it is not about one line). */
  public MigrationFileException(String message, String file, int line) {
    this(message, file, line, null);
  }

  /** As {@link #MigrationFileException(String, String, int)}, with the I/O error behind it. */
  public MigrationFileException(String message, String file, int line, @Nullable Throwable cause) {
    super(message, null, cause);
    this.file = file;
    this.line = line;
  }

  /** The file or directory, as the source names it. */
  public String file() {
    return file;
  }

  /** The line from 1, or 0 when the problem is not about one line. */
  public int line() {
    return line;
  }
}
