package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.cli.internal.Exit;
import io.pgorm.cli.internal.SchemaFiles;
import io.pgorm.migrate.dev.DevPlan;
import io.pgorm.migrate.dev.MigrationDev;
import io.pgorm.migrate.dev.MigrationFiles;
import io.pgorm.migrate.files.MigrationSource;
import io.pgorm.migrate.files.MigrationVersions;
import io.pgorm.migrate.plan.Hazard;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.ir.SchemaModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm migrate dev --schema FILE --url URL --dir DIR --name NAME}. */
@Command(
    name = "dev",
    mixinStandardHelpOptions = true,
    description = {
      "Write a migration that takes the database from what the migrations in DIR make to what"
          + " the schema file declares: DIR/<yyyyMMddHHmmss UTC>_<name>/up.sql and down.sql.",
      "The migrations are replayed in a shadow database (on --shadow-url's server, else the"
          + " database's own; its user needs CREATEDB): the applied ones, compared with the"
          + " database to find drift, then the pending ones. The database itself is not changed;"
          + " apply the migration with 'pgorm migrate deploy' after review.",
      "Refused (exit 2, nothing written) when the database drifted from its migrations (unless"
          + " --ignore-drift) or when a step loses data (unless --accept-data-loss). Nothing is"
          + " written when there is nothing to change."
    })
final class MigrateDevCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin MigrationTarget target;

  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "the schema file")
  Path schema;

  @Option(
      names = "--name",
      required = true,
      paramLabel = "NAME",
      description = "the migration's name: letters, digits, _ and -")
  String name;

  @Option(
      names = "--shadow-url",
      paramLabel = "URL",
      description = "a server where shadow databases may be created (default: --url's)")
  @Nullable String shadowUrl;

  @Option(names = "--accept-data-loss", description = "write steps that lose data")
  boolean acceptDataLoss;

  @Option(
      names = "--ignore-drift",
      description = "write the migration although the database drifted (the drift is reported)")
  boolean ignoreDrift;

  @Option(
      names = "--online",
      description =
          "online-safe statements: CREATE INDEX CONCURRENTLY, constraints added NOT VALID then"
              + " validated")
  boolean online;

  @Override
  public Integer call() throws IOException {
    if (!MigrationVersions.isName(name)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--name "
              + name
              + " is not a migration name: use letters, digits, _ and - only (e.g. add_orders)");
    }
    SchemaModel declared = SchemaFiles.parse(schema);
    Files.createDirectories(target.dir);
    PlanOptions.Builder options = PlanOptions.builder().acceptDataLoss(acceptDataLoss);
    if (online) {
      options.onlineSafe();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PgOrm db = target.open();
    PgOrm shadowAdmin = shadowUrl == null ? db : Clients.open(shadowUrl, "--shadow-url");
    DevPlan plan;
    try {
      plan =
          Clients.await(
              MigrationDev.create(
                      db, ShadowDatabase.create(shadowAdmin), MigrationSource.directory(target.dir))
                  .plan(declared, options.build()),
              "planning");
    } finally {
      if (shadowAdmin != db) {
        shadowAdmin.close();
      }
      db.close();
    }
    if (plan.drift().found()) {
      err.println(plan.drift().describe());
      if (!ignoreDrift) {
        err.println("Nothing written (use --ignore-drift to write the migration all the same).");
        return Exit.REFUSED;
      }
    }
    if (!plan.refused().isEmpty()) {
      err.println(refusal(plan));
      return Exit.REFUSED;
    }
    if (plan.plan().isEmpty()) {
      int count = plan.drift().applied() + plan.pending();
      out.printf(
          "No changes: %s matches what the %d %s in %s make. Nothing written.%n",
          schema, count, count == 1 ? "migration" : "migrations", target.dir);
      plan.plan().notes().forEach(n -> out.println("note: " + n));
      return Exit.OK;
    }
    Path written = MigrationFiles.write(target.dir, name, Instant.now(), plan);
    Plan p = plan.plan();
    out.printf(
        "Wrote %s (up.sql, down.sql): %d %s.%n",
        written, p.steps().size(), p.steps().size() == 1 ? "step" : "steps");
    for (HazardKind kind : HazardKind.values()) {
      for (Step s : p.stepsWith(kind)) {
        out.printf("  %s: %s%n", kind, s.description());
      }
    }
    p.notes().forEach(n -> out.println("note: " + n));
    out.println(
        "Review it, then apply it with: pgorm migrate deploy --url URL --dir " + target.dir);
    return Exit.OK;
  }

  private static String refusal(DevPlan plan) {
    StringBuilder b =
        new StringBuilder("Refused: the migration would lose data in ")
            .append(plan.refused().size())
            .append(plan.refused().size() == 1 ? " step" : " steps")
            .append(". Nothing written.");
    for (Step s : plan.refused()) {
      b.append("\n  step ")
          .append(plan.plan().steps().indexOf(s) + 1)
          .append(": ")
          .append(s.description());
      for (Hazard h : s.hazards()) {
        if (h.kind() == HazardKind.DATA_LOSS) {
          b.append(" (").append(h.detail()).append(')');
        }
      }
      for (String statement : s.statements()) {
        b.append("\n      ").append(statement).append(';');
      }
    }
    return b.append(
            "\nHint: review these statements; if the loss is intended, run again with"
                + " --accept-data-loss.")
        .toString();
  }
}
