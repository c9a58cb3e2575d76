package io.pgorm.cli.internal;

import io.pgorm.cli.CliException;
import io.pgorm.codegen.CodegenException;
import io.pgorm.error.PgOrmException;
import io.pgorm.migrate.IrreversibleMigrationException;
import io.pgorm.migrate.MigrationException;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationFileException;
import io.pgorm.migrate.MigrationLockException;
import io.pgorm.migrate.MigrationNotFoundException;
import io.pgorm.migrate.MigrationValidationException;
import io.pgorm.migrate.plan.DataLossRefusedException;
import io.pgorm.migrate.shadow.ShadowDatabaseException;
import io.pgorm.schema.SchemaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Prints a failed command's message, never a stack trace, and exits with the code of its kind
 * ({@link Exit}). Errors in the user's input carry their own message (schema diagnostics, file and
 * line of a migration, the server's message for a failed statement); anything else is a bug and
 * says so.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    Throwable t = reactor.core.Exceptions.unwrap(e);
    int code = code(t);
    String message =
        switch (code) {
          case Exit.BUG ->
              "pgorm: unexpected error (a bug; please report it with the command line): " + t;
          default ->
              t instanceof CliException
                      || t instanceof SchemaException
                      || t instanceof CodegenException
                  ? t.getMessage()
                  : "pgorm: " + t.getMessage();
        };
    if (t instanceof ShadowDatabaseException) {
      // The library's hint speaks of an admin client; on the command line that is --shadow-url.
      message +=
          "\nHint: shadow databases are made on --shadow-url's server (default: the database's"
              + " own); give a URL whose user may CREATE DATABASE.";
    }
    command.getErr().println(message);
    return code;
  }

  /** The exit code for a failure. */
  static int code(Throwable t) {
    if (t instanceof CliException c) {
      return c.exitCode();
    }
    if (t instanceof SchemaException
        || t instanceof CodegenException
        || t instanceof MigrationFileException
        || t instanceof MigrationNotFoundException
        || t instanceof IOException
        || t instanceof UncheckedIOException) {
      return Exit.INPUT;
    }
    if (t instanceof MigrationFailedException || t instanceof MigrationLockException) {
      return Exit.DATABASE;
    }
    if (t instanceof DataLossRefusedException
        || t instanceof MigrationValidationException
        || t instanceof IrreversibleMigrationException
        || t instanceof MigrationException) {
      return Exit.REFUSED;
    }
    if (t instanceof PgOrmException) {
      return Exit.DATABASE; // connection refused, authentication, shadow database, introspection
    }
    return Exit.BUG;
  }
}
