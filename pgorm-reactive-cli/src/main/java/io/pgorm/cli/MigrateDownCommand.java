package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.migrate.MigrationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm migrate down --url URL --dir DIR [--steps N]}. */
@Command(
    name = "down",
    mixinStandardHelpOptions = true,
    description = {
      "Roll back the last N applied migrations, newest first, by running their down.sql.",
      "Refused (exit 2), with nothing run, when one of them has no down.sql or is marked"
          + " -- pgorm:irreversible."
    })
final class MigrateDownCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin MigrationTarget target;

  @Option(
      names = "--steps",
      paramLabel = "N",
      defaultValue = "1",
      description = "how many to roll back (default ${DEFAULT-VALUE})")
  int steps;

  @Override
  public Integer call() {
    if (steps < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--steps must be at least 1, was " + steps);
    }
    try (PgOrm db = target.open()) {
      MigrationReport report = Clients.await(target.migrator(db).down(steps), "the runner");
      spec.commandLine().getOut().println(report);
      return 0;
    }
  }
}
