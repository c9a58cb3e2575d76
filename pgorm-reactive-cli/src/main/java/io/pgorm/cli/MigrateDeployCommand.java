package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.migrate.MigrationReport;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code pgorm migrate deploy --url URL --dir DIR}. */
@Command(
    name = "deploy",
    mixinStandardHelpOptions = true,
    description = {
      "Apply the pending migrations of DIR, oldest first, under the migration lock (what an"
          + " application does at boot with Migrator.migrate()).",
      "Each migration runs in its own transaction; a failing one is rolled back and named with its"
          + " file, line and the server's message, and later ones do not run."
    })
final class MigrateDeployCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin MigrationTarget target;

  @Override
  public Integer call() {
    try (PgOrm db = target.open()) {
      MigrationReport report = Clients.await(target.migrator(db).migrate(), "the migration runner");
      spec.commandLine().getOut().println(report);
      return 0;
    }
  }
}
