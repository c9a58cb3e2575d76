package io.pgorm.cli;

import io.pgorm.codegen.CodeGenerator;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pgorm} command. {@link #main} exits with {@link #run}'s code. */
@Command(
    name = "pgorm",
    mixinStandardHelpOptions = true,
    versionProvider = Pgorm.Version.class,
    description = "PG-ORM Reactive: schema files, databases and migrations.",
    subcommands = {
      ValidateCommand.class,
      FormatCommand.class,
      GenerateCommand.class,
      DbCommand.class,
      DiffCommand.class,
      MigrateCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the input is wrong: command line, schema file (FILE:LINE:COL), migration file,"
          + " URL, an unknown migration version, or a file cannot be read or written",
      "2:refused or found: data loss not accepted, drift, migration files that disagree"
          + " with the history, an irreversible migration, a baseline or resolve that does not"
          + " fit the history",
      "3:the database failed: cannot connect, a statement failed (rolled back), lock not"
          + " granted",
      "4:a bug in pgorm (please report it)"
    })
public final class Pgorm implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command and exits the JVM with its exit code. */
  public static void main(String[] args) {
    System.exit(
        run(
            new PrintWriter(System.out, true, java.nio.charset.Charset.defaultCharset()),
            new PrintWriter(System.err, true, java.nio.charset.Charset.defaultCharset()),
            args));
  }

  /**
   * Runs the command with these streams.
   *
   * @return the exit code: 0 done, 1 wrong input (command line included) or I/O failure, 2 refused
   *     or found (data loss, drift, history), 3 the database failed, 4 a bug
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Pgorm());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new io.pgorm.cli.internal.ErrorHandler());
    // A wrong command line is wrong input like any other: 1, keeping 2 for refusals.
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler(
        (e, rest) -> {
          usage.handleParseException(e, rest);
          return io.pgorm.cli.internal.Exit.INPUT;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** Without a subcommand: the usage, as a usage error. */
  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }

  /** {@code pgorm --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"pgorm " + CodeGenerator.version()};
    }
  }
}
