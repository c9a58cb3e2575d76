package io.pgorm.migrate;

import io.pgorm.error.PgOrmException;
import io.pgorm.error.ServerError;
import io.pgorm.migrate.files.SqlStatement;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A statement of a migration failed. The message names the migration, the file and line, the
 * statement, and the server's error with its SQLSTATE, then says what state things were left in:
 *
 * <pre>
 * Migration 20250102120000_orders failed at db/migrations/20250102120000_orders/up.sql line 7
 * (statement 3 of 4): relation "customer" does not exist [42P01] at character 13. Statement:
 * INSERT INTO customer VALUES (1). Rolled back: the schema and the history are as they were before
 * this migration. Later migrations were not run.
 * </pre>
 *
 * Statements of the migration that had to commit on their own (outside a transaction, or before a
 * new enum value is used) stay committed; {@link #committedStatements()} lists them, the message
 * names them, and the history records the migration as failed part-way so that the next run goes on
 * from the failed statement. {@link #getCause()} is the server's error as a {@link PgOrmException}
 * ({@link #sqlState()} and {@link #serverError()} are its).
 */
public final class MigrationFailedException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final String version;
  private final String migrationName;
  private final MigrationDirection direction;
  private final String file;
  private final transient SqlStatement statement;
  private final int statementNumber;
  private final transient List<SqlStatement> committedStatements;
  private final transient MigrationReport report;

  /** See the accessors; the message is built by the runner. */
  public MigrationFailedException(
      String message,
      String version,
      String name,
      MigrationDirection direction,
      String file,
      SqlStatement statement,
      int statementNumber,
      List<SqlStatement> committedStatements,
      MigrationReport report,
      Throwable cause) {
    super(message, cause instanceof PgOrmException p ? p.sqlState() : null, cause);
    this.version = version;
    this.migrationName = name;
    this.direction = direction;
    this.file = file;
    this.statement = statement;
    this.statementNumber = statementNumber;
    this.committedStatements = List.copyOf(committedStatements);
    this.report = report;
  }

  /** The failed migration's time stamp. */
  public String version() {
    return version;
  }

  /** The failed migration's name. */
  public String migrationName() {
    return migrationName;
  }

  /** Whether {@code up.sql} or {@code down.sql} was running. */
  public MigrationDirection direction() {
    return direction;
  }

  /** The file, as the source names it. */
  public String file() {
    return file;
  }

  /** The statement that failed, with its line. */
  public SqlStatement statement() {
    return statement;
  }

  /** The line of the file the failed statement starts on. */
  public int line() {
    return statement.line();
  }

  /** The failed statement's number in its file, from 1. */
  public int statementNumber() {
    return statementNumber;
  }

  /**
   * The statements of this migration that committed before the failure and were not rolled back (in
   * this run), in order; empty when the migration ran in one transaction.
   */
  public List<SqlStatement> committedStatements() {
    return committedStatements;
  }

  /** The migrations that ran to their end in this call, before the failed one. */
  public MigrationReport report() {
    return report;
  }

  /** What the server reported about the failed statement, or null if it was not a server error. */
  @Override
  public @Nullable ServerError serverError() {
    return getCause() instanceof PgOrmException p ? p.serverError() : null;
  }
}
