package io.pgorm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pgorm db ...}: commands that read a live database. */
@Command(
    name = "db",
    mixinStandardHelpOptions = true,
    description = "Work with a live database.",
    subcommands = {PullCommand.class})
final class DbCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a db command is required");
  }
}
