package io.pgorm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pgorm migrate ...}: migration files and the runner. */
@Command(
    name = "migrate",
    mixinStandardHelpOptions = true,
    description = {
      "Write migrations from a schema file (dev), apply them (deploy), list them (status), roll"
          + " them back (down), adopt an existing database (baseline), correct the history after"
          + " a manual fix (resolve).",
      "A migration is a directory <yyyyMMddHHmmss>_<name> with up.sql and down.sql; the history"
          + " is in table pgorm.schema_migrations."
    },
    subcommands = {
      MigrateDevCommand.class,
      MigrateDeployCommand.class,
      MigrateStatusCommand.class,
      MigrateDownCommand.class,
      MigrateBaselineCommand.class,
      MigrateResolveCommand.class
    })
final class MigrateCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a migrate command is required");
  }
}
