package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.cli.internal.Exit;
import io.pgorm.migrate.dev.Baseline;
import io.pgorm.migrate.dev.BaselineResult;
import io.pgorm.migrate.files.MigrationVersions;
import io.pgorm.migrate.shadow.ShadowDatabase;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm migrate baseline --url URL --dir DIR [--name NAME]}. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    description = {
      "Adopt an existing database: write its schema as the first migration"
          + " DIR/<yyyyMMddHHmmss UTC>_<name>/up.sql (the CREATE script of the live schema) with a"
          + " down.sql marked irreversible, and record it in the database's history as applied"
          + " (state baseline) without running it.",
      "Then status shows no drift, dev plans only later changes, and deploy on a fresh database"
          + " runs the baseline for real. The script is first checked in a shadow database (on"
          + " --shadow-url's server, else the database's own; its user needs CREATEDB): it must"
          + " make the live schema exactly.",
      "Refused (exit 2, nothing written or recorded) when DIR already has migrations, the"
          + " history has rows, the database holds nothing, or the script does not reproduce the"
          + " schema."
    })
final class MigrateBaselineCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin MigrationTarget target;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      defaultValue = "baseline",
      description = "the migration's name (default ${DEFAULT-VALUE})")
  String name;

  @Option(
      names = "--shadow-url",
      paramLabel = "URL",
      description = "a server where shadow databases may be created (default: --url's)")
  @Nullable String shadowUrl;

  @Override
  public Integer call() {
    if (!MigrationVersions.isName(name)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--name "
              + name
              + " is not a migration name: use letters, digits, _ and - only (e.g. baseline)");
    }
    PrintWriter out = spec.commandLine().getOut();
    PgOrm db = target.open();
    PgOrm shadowAdmin = shadowUrl == null ? db : Clients.open(shadowUrl, "--shadow-url");
    BaselineResult r;
    try {
      r =
          Clients.await(
              Baseline.create(db, ShadowDatabase.create(shadowAdmin), target.dir)
                  .take(name, Instant.now()),
              "the baseline");
    } finally {
      if (shadowAdmin != db) {
        shadowAdmin.close();
      }
      db.close();
    }
    out.printf(
        "Wrote %s (up.sql: %d statements creating %s; down.sql: irreversible).%n",
        r.directory(), r.statements(), r.objects());
    out.printf(
        "Recorded %s in the history of %s as baseline (not run).%n",
        r.entry().id(), Clients.redact(target.url));
    out.println(
        "Commit the directory. New databases get the whole schema with: pgorm migrate deploy"
            + " --url URL --dir "
            + target.dir);
    return Exit.OK;
  }
}
