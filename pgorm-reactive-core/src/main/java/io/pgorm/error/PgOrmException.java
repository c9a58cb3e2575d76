package io.pgorm.error;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that PG-ORM Reactive raises. Unchecked, so that reactive pipelines
 * carry it without wrapping; subclasses tell apart the failures that callers handle differently.
 */
public class PgOrmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String sqlState;

  public PgOrmException(String message) {
    this(message, null, null);
  }

  public PgOrmException(String message, @Nullable Throwable cause) {
    this(message, null, cause);
  }

  public PgOrmException(String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
  }

  /** The five-character SQLSTATE the server reported, or {@code null} for client-side failures. */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
