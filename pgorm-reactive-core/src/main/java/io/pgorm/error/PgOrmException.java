package io.pgorm.error;

import io.r2dbc.spi.R2dbcException;
import org.jspecify.annotations.Nullable;

/**
 * The root of every exception that PG-ORM Reactive raises. Unchecked, so that reactive pipelines
 * carry it without wrapping; subclasses tell apart the failures that callers handle differently.
 *
 * <p><b>Server errors</b> carry what the server reported as a {@link ServerError} ({@link
 * #serverError()}), keep the driver's exception as {@linkplain #getCause() cause}, and are
 * subclassed by SQLSTATE class (see {@code docs/errors.md} for the table). Their message has one
 * format, which is API:
 *
 * <pre>{@code
 * <message> [<SQLSTATE>][ on table "t", column "c", constraint "k"][ at character <N>][ — <detail>][ Hint: <hint>]
 * }</pre>
 *
 * for example {@code duplicate key value violates unique constraint "account_email_key" [23505] on
 * table "account" — Key (email)=(a@b.c) already exists.}
 *
 * <ul>
 *   <li>{@code message} is the server's primary message, verbatim (no trailing period).
 *   <li>The {@code on} list names the table, column and constraint the server reported, each only
 *       when known and not already quoted in the server's message. The table is schema-qualified
 *       unless its schema is {@code public}.
 *   <li>{@code at character N}: where in the statement the server found the error (see {@link
 *       #sql()}).
 *   <li>{@code detail} is the server's detail, ending with a period.
 *   <li>{@code hint} is the server's hint or, when it sent none, ours for codes where we know a
 *       next step; it ends with a period, and a period closes the part before it when there is no
 *       detail: {@code canceling statement due to statement timeout [57014]. Hint: ...}.
 * </ul>
 *
 * Values appear only where the server's own message or detail quotes them; bound parameters are
 * never added.
 *
 * <p><b>Failures without a server error</b> (client-side misuse, pool exhaustion) read {@code <what
 * failed>: <state>. Hint: <what to do>.}; connection failures that the driver or network reported
 * read {@code <problem> [<SQLSTATE>] — <underlying reason>. Hint: <what to do>.}, with the SQLSTATE
 * the driver assigned, if any.
 *
 * <p>Accessors return {@code null} when a value is unknown, never an empty string.
 */
public class PgOrmException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final @Nullable String sqlState;

  private final @Nullable ServerError serverError;

  /** A client-side failure with the given message, no SQLSTATE and no cause. */
  public PgOrmException(String message) {
    this(message, null, null);
  }

  /** A client-side failure with the given message and cause, and no SQLSTATE. */
  public PgOrmException(String message, @Nullable Throwable cause) {
    this(message, null, cause);
  }

  /**
   * A failure with the given message and SQLSTATE but no server details, e.g. one the driver
   * reported with a code of its own. The message is used as given.
   */
  public PgOrmException(String message, @Nullable String sqlState, @Nullable Throwable cause) {
    super(message, cause);
    this.sqlState = sqlState;
    this.serverError = null;
  }

  /**
   * An error the server reported; the message is built from {@code error} in the format above.
   *
   * @param error what the server sent
   * @param cause the driver's exception
   */
  public PgOrmException(ServerError error, @Nullable Throwable cause) {
    super(Messages.forServer(error), cause);
    this.sqlState = error.sqlState();
    this.serverError = error;
  }

  /**
   * The five-character SQLSTATE the server (or the driver, for connection loss) reported, or {@code
   * null} for client-side failures.
   */
  public @Nullable String sqlState() {
    return sqlState;
  }

  /** Everything the server reported, or {@code null} if this failure did not come from it. */
  public @Nullable ServerError serverError() {
    return serverError;
  }

  /** The constraint the server named, e.g. {@code account_email_key}; {@code null} if none. */
  public @Nullable String constraint() {
    return serverError == null ? null : serverError.constraint();
  }

  /** The schema of the table or type the server named; {@code null} if none. */
  public @Nullable String schema() {
    return serverError == null ? null : serverError.schema();
  }

  /** The table the server named, without schema; {@code null} if none. */
  public @Nullable String table() {
    return serverError == null ? null : serverError.table();
  }

  /** The column the server named; {@code null} if none. */
  public @Nullable String column() {
    return serverError == null ? null : serverError.column();
  }

  /** The data type (usually a domain) the server named; {@code null} if none. */
  public @Nullable String dataType() {
    return serverError == null ? null : serverError.dataType();
  }

  /** The server's detail message, e.g. {@code Key (email)=(a@b.c) already exists.}; or null. */
  public @Nullable String detail() {
    return serverError == null ? null : serverError.detail();
  }

  /**
   * The statement that failed, as the driver sent it (with {@code $1} placeholders, no bound
   * values), or {@code null} if unknown. Not part of the message, because statements can be long.
   */
  public @Nullable String sql() {
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof R2dbcException r2dbc) {
        String sql = r2dbc.getSql();
        return sql == null || sql.isBlank() ? null : sql;
      }
    }
    return null;
  }

  /**
   * Whether running the whole transaction again may succeed: {@code true} for serialization
   * failures, deadlocks and lock timeouts ({@link TransientException}), where the server aborted
   * the transaction without effect. {@code false} for everything else, including connection loss,
   * where a COMMIT in flight may or may not have happened.
   */
  public boolean isRetryable() {
    return false;
  }
}
