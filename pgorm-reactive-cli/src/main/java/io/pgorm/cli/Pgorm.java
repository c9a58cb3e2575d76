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
    description = "PG-ORM Reactive: work with a .pgorm schema file.",
    subcommands = {ValidateCommand.class, FormatCommand.class, GenerateCommand.class},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done",
      "1:the input is wrong (errors on stderr) or a file cannot be read or written",
      "2:the command line is wrong"
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
   * @return the exit code: 0 done, 1 wrong input or I/O failure, 2 wrong command line
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new Pgorm());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExecutionExceptionHandler(new io.pgorm.cli.internal.ErrorHandler());
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
