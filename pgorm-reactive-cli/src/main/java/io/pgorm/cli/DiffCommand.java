package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.cli.internal.SchemaFiles;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.ir.SchemaModel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm diff --from SRC --to DST}. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Print the SQL that turns SRC's schema into DST's, with a comment per step and per hazard"
          + " (data loss, table rewrite, long lock, not reversible).",
      "Each side is 'empty' (a new database), a database URL (postgresql://...), or a schema file."
          + " A schema file and 'empty' are created in a temporary shadow database and read back,"
          + " so that expressions compare in the server's own form: on --shadow-url's server, else"
          + " on the server of the side that is a URL (its user needs CREATEDB).",
      "Nothing is changed; data-loss steps are printed, marked, not refused."
    })
final class DiffCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "SRC",
      description = "empty, a database URL or a schema file")
  String from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "DST",
      description = "empty, a database URL or a schema file")
  String to;

  @Option(
      names = "--shadow-url",
      paramLabel = "URL",
      description = "a server where shadow databases may be created")
  @Nullable String shadowUrl;

  @Option(
      names = "--online",
      description =
          "online-safe statements: CREATE INDEX CONCURRENTLY, constraints added NOT VALID then"
              + " validated")
  boolean online;

  @Override
  public Integer call() {
    List<PgOrm> clients = new ArrayList<>();
    try {
      PgOrm fromDb = Clients.isUrl(from) ? open(clients, from, "--from") : null;
      PgOrm toDb = Clients.isUrl(to) ? open(clients, to, "--to") : null;
      ShadowDatabase shadow = shadow(clients, fromDb != null ? fromDb : toDb);
      SchemaModel a = read(from, fromDb, shadow, "--from");
      SchemaModel b = read(to, toDb, shadow, "--to");
      PlanOptions.Builder options = PlanOptions.builder().acceptDataLoss(true);
      if (online) {
        options.onlineSafe();
      }
      Plan plan = SchemaDiff.diff(a, b, options.build());
      spec.commandLine().getOut().print(plan.upSql());
      return 0;
    } finally {
      clients.forEach(Clients::close);
    }
  }

  private static PgOrm open(List<PgOrm> clients, String url, String option) {
    PgOrm db = Clients.open(url, option);
    clients.add(db);
    return db;
  }

  private @Nullable ShadowDatabase shadow(List<PgOrm> clients, @Nullable PgOrm sideDb) {
    if (shadowUrl != null) {
      return ShadowDatabase.create(open(clients, shadowUrl, "--shadow-url"));
    }
    return sideDb == null ? null : ShadowDatabase.create(sideDb);
  }

  private SchemaModel read(
      String side, @Nullable PgOrm db, @Nullable ShadowDatabase shadow, String option) {
    if (db != null) {
      return Clients.await(Introspector.create(db).introspect(), "introspection");
    }
    SchemaModel declared =
        side.equals("empty") ? SchemaModel.empty() : SchemaFiles.parse(Path.of(side));
    if (shadow == null) {
      throw new CliException(
          "pgorm: "
              + option
              + " "
              + side
              + " must be created in a shadow database to compare it, and no server is given."
              + " Hint: add --shadow-url postgresql://user@host:5432/postgres (a user that may"
              + " CREATE DATABASE), or make one side a database URL.");
    }
    return Clients.await(shadow.normalize(declared), "the shadow database");
  }
}
