package io.pgorm.error;

import java.io.Serializable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the PostgreSQL server reported in its {@code ErrorResponse}: the fields of the protocol's
 * error message, as the server sent them (see "Error and Notice Message Fields" in the PostgreSQL
 * manual). A value: two errors with the same fields are equal.
 *
 * <p>Only {@link #sqlState()} and {@link #message()} are always present; the server fills the other
 * fields when they apply (for example {@link #constraint()} and {@link #table()} on integrity
 * violations, {@link #position()} on syntax errors).
 *
 * @param sqlState the five-character SQLSTATE code, e.g. {@code 23505}
 * @param severity {@code ERROR}, {@code FATAL} or {@code PANIC} (never localized)
 * @param message the primary message, e.g. {@code duplicate key value violates unique constraint
 *     "account_email_key"}
 * @param detail the secondary message; may quote the offending values, e.g. {@code Key
 *     (email)=(a@b.c) already exists.}
 * @param hint the server's suggestion what to do
 * @param position 1-based character index into the statement where the error was found
 * @param where the call stack context, e.g. {@code PL/pgSQL function f() line 3 at RAISE}
 * @param schema the schema of the object the error is about
 * @param table the table the error is about
 * @param column the column the error is about
 * @param dataType the data type (usually a domain) the error is about
 * @param constraint the constraint the error is about
 * @param internalQuery the failing internally generated statement, e.g. inside a PL/pgSQL function
 * @param internalPosition 1-based character index into {@code internalQuery}
 * @param file the server source file that reported the error
 * @param line the line in {@code file}
 * @param routine the server source routine that reported the error
 */
public record ServerError(
    String sqlState,
    @Nullable String severity,
    String message,
    @Nullable String detail,
    @Nullable String hint,
    @Nullable Integer position,
    @Nullable String where,
    @Nullable String schema,
    @Nullable String table,
    @Nullable String column,
    @Nullable String dataType,
    @Nullable String constraint,
    @Nullable String internalQuery,
    @Nullable Integer internalPosition,
    @Nullable String file,
    @Nullable Integer line,
    @Nullable String routine)
    implements Serializable {

  /**
   * Checks the two required fields.
   *
   * @throws IllegalArgumentException if {@code sqlState} is not five characters long
   */
  public ServerError {
    Objects.requireNonNull(sqlState, "sqlState");
    Objects.requireNonNull(message, "message");
    if (sqlState.length() != 5) {
      throw new IllegalArgumentException(
          "SQLSTATE must have five characters, got '" + sqlState + "'");
    }
  }

  /** The SQLSTATE class: the first two characters of {@link #sqlState()}, e.g. {@code 23}. */
  public String sqlStateClass() {
    return sqlState.substring(0, 2);
  }

  /**
   * Starts a builder for an error with the given code and primary message; all other fields start
   * as {@code null}. Useful in tests that construct exceptions without a server.
   */
  public static Builder builder(String sqlState, String message) {
    return new Builder(sqlState, message);
  }

  /** Builds a {@link ServerError}; every optional field defaults to {@code null}. */
  public static final class Builder {
    private final String sqlState;
    private final String message;
    private @Nullable String severity;
    private @Nullable String detail;
    private @Nullable String hint;
    private @Nullable Integer position;
    private @Nullable String where;
    private @Nullable String schema;
    private @Nullable String table;
    private @Nullable String column;
    private @Nullable String dataType;
    private @Nullable String constraint;
    private @Nullable String internalQuery;
    private @Nullable Integer internalPosition;
    private @Nullable String file;
    private @Nullable Integer line;
    private @Nullable String routine;

    private Builder(String sqlState, String message) {
      this.sqlState = sqlState;
      this.message = message;
    }

    /** Sets {@link ServerError#severity()}; default {@code null}. */
    public Builder severity(@Nullable String severity) {
      this.severity = severity;
      return this;
    }

    /** Sets {@link ServerError#detail()}; default {@code null}. */
    public Builder detail(@Nullable String detail) {
      this.detail = detail;
      return this;
    }

    /** Sets {@link ServerError#hint()}; default {@code null}. */
    public Builder hint(@Nullable String hint) {
      this.hint = hint;
      return this;
    }

    /** Sets {@link ServerError#position()}; default {@code null}. */
    public Builder position(@Nullable Integer position) {
      this.position = position;
      return this;
    }

    /** Sets {@link ServerError#where()}; default {@code null}. */
    public Builder where(@Nullable String where) {
      this.where = where;
      return this;
    }

    /** Sets {@link ServerError#schema()}; default {@code null}. */
    public Builder schema(@Nullable String schema) {
      this.schema = schema;
      return this;
    }

    /** Sets {@link ServerError#table()}; default {@code null}. */
    public Builder table(@Nullable String table) {
      this.table = table;
      return this;
    }

    /** Sets {@link ServerError#column()}; default {@code null}. */
    public Builder column(@Nullable String column) {
      this.column = column;
      return this;
    }

    /** Sets {@link ServerError#dataType()}; default {@code null}. */
    public Builder dataType(@Nullable String dataType) {
      this.dataType = dataType;
      return this;
    }

    /** Sets {@link ServerError#constraint()}; default {@code null}. */
    public Builder constraint(@Nullable String constraint) {
      this.constraint = constraint;
      return this;
    }

    /** Sets {@link ServerError#internalQuery()}; default {@code null}. */
    public Builder internalQuery(@Nullable String internalQuery) {
      this.internalQuery = internalQuery;
      return this;
    }

    /** Sets {@link ServerError#internalPosition()}; default {@code null}. */
    public Builder internalPosition(@Nullable Integer internalPosition) {
      this.internalPosition = internalPosition;
      return this;
    }

    /** Sets {@link ServerError#file()}; default {@code null}. */
    public Builder file(@Nullable String file) {
      this.file = file;
      return this;
    }

    /** Sets {@link ServerError#line()}; default {@code null}. */
    public Builder line(@Nullable Integer line) {
      this.line = line;
      return this;
    }

    /** Sets {@link ServerError#routine()}; default {@code null}. */
    public Builder routine(@Nullable String routine) {
      this.routine = routine;
      return this;
    }

    /**
     * Builds the error.
     *
     * @throws IllegalArgumentException if the SQLSTATE is not five characters long
     */
    public ServerError build() {
      return new ServerError(
          sqlState,
          severity,
          message,
          detail,
          hint,
          position,
          where,
          schema,
          table,
          column,
          dataType,
          constraint,
          internalQuery,
          internalPosition,
          file,
          line,
          routine);
    }
  }
}
