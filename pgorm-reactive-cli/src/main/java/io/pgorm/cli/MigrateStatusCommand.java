package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.cli.internal.Exit;
import io.pgorm.error.PgOrmException;
import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationStatus;
import io.pgorm.migrate.dev.Drift;
import io.pgorm.migrate.dev.MigrationDev;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.history.HistoryEntry;
import io.pgorm.migrate.shadow.ShadowDatabase;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm migrate status --url URL --dir DIR}. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "List the applied and pending migrations, what disagrees between the files and the history"
          + " (changed checksums, missing or out-of-order files), and drift: changes made to the"
          + " database outside the migrations.",
      "Drift is found by replaying the applied migrations in a shadow database (on --shadow-url's"
          + " server, else the database's own; its user needs CREATEDB) and comparing it with the"
          + " database. Nothing is changed.",
      "Exit 0 when pending migrations are the only news, 2 when something disagrees or drifted."
    })
final class MigrateStatusCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin MigrationTarget target;

  @Option(
      names = "--shadow-url",
      paramLabel = "URL",
      description = "a server where shadow databases may be created (default: --url's)")
  @Nullable String shadowUrl;

  @Option(names = "--no-drift", description = "do not check for drift (no shadow database)")
  boolean noDrift;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PgOrm db = target.open();
    PgOrm shadowAdmin = null;
    try {
      MigrationStatus status = Clients.await(target.migrator(db).status(), "status");
      out.printf(
          "%s: %d applied, %d pending%n",
          status.source(), status.applied().size(), status.pending().size());
      for (HistoryEntry e : status.history()) {
        out.printf(
            "  %-10s %s (%s, %d %s)%n",
            e.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '),
            e.id(),
            e.appliedAt(),
            e.statements(),
            e.statements() == 1 ? "statement" : "statements");
      }
      for (Migration m : status.pending()) {
        out.printf("  %-10s %s%n", "pending", m.id());
      }
      for (MigrationProblem p : status.problems()) {
        out.printf(
            "  %-10s %s: %s%n", p.kind().isBlocking() ? "ERROR" : "note", p.id(), p.message());
      }
      boolean drifted = false;
      if (noDrift) {
        out.println("Drift not checked (--no-drift).");
      } else if (!status.blockingProblems().isEmpty()) {
        out.println("Drift not checked: the files disagree with the history (see above).");
      } else {
        shadowAdmin = shadowUrl == null ? db : Clients.open(shadowUrl, "--shadow-url");
        try {
          Drift drift =
              Clients.await(
                  MigrationDev.create(
                          db,
                          ShadowDatabase.create(shadowAdmin),
                          MigrationSource.directory(target.dir))
                      .drift(),
                  "the drift check");
          out.println(drift.describe());
          drifted = drift.found();
        } catch (PgOrmException e) {
          // A user without CREATEDB can still see the rest; say why drift is unknown.
          out.println("Drift not checked: " + e.getMessage() + " (use --shadow-url or --no-drift)");
        }
      }
      return drifted || !status.blockingProblems().isEmpty() ? Exit.REFUSED : Exit.OK;
    } finally {
      if (shadowAdmin != db) {
        Clients.close(shadowAdmin);
      }
      db.close();
    }
  }
}
