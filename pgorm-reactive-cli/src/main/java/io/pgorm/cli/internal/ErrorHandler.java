package io.pgorm.cli.internal;

import io.pgorm.cli.CliException;
import io.pgorm.codegen.CodegenException;
import io.pgorm.schema.SchemaException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Prints a failed command's message, never a stack trace, and exits with 1. Errors in the user's
 * input carry their own message (schema diagnostics, codegen problems); anything else is a bug and
 * says so.
 */
public final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(
      Exception e, CommandLine command, CommandLine.ParseResult parseResult) {
    String message;
    if (e instanceof CliException
        || e instanceof CodegenException
        || e instanceof SchemaException) {
      message = e.getMessage();
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      message = "pgorm: " + e.getMessage();
    } else {
      message = "pgorm: unexpected error (a bug; please report it with the command line): " + e;
    }
    command.getErr().println(message);
    return 1;
  }
}
