package io.pgorm.cli;

import io.pgorm.PgOrm;
import io.pgorm.cli.internal.Clients;
import io.pgorm.migrate.introspect.IntrospectOptions;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm db pull --url URL [--out FILE] [--schemas a,b]}. */
@Command(
    name = "pull",
    mixinStandardHelpOptions = true,
    description = {
      "Read a live database (pg_catalog) and write it as a schema file: on stdout, or into FILE"
          + " with --out.",
      "System schemas and objects that belong to extensions are left out."
    })
final class PullCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--url",
      required = true,
      paramLabel = "URL",
      description = "the database, e.g. postgresql://app@localhost:5432/app")
  String url;

  @Option(names = "--out", paramLabel = "FILE", description = "write here instead of stdout")
  @Nullable Path out;

  @Option(
      names = "--schemas",
      split = ",",
      paramLabel = "NAME",
      description = "read only these schemas (default: every user schema)")
  List<String> schemas = List.of();

  @Override
  public Integer call() throws IOException {
    PgOrm db = Clients.open(url, "--url");
    SchemaModel model;
    try {
      model =
          Clients.await(
              Introspector.create(db, IntrospectOptions.builder().schemas(schemas).build())
                  .introspect(),
              "introspection");
    } finally {
      db.close();
    }
    String text;
    try {
      text = Schemas.print(model);
    } catch (IllegalArgumentException | IllegalStateException | UnsupportedOperationException e) {
      throw new CliException(
          "pgorm: the schema of "
              + Clients.redact(url)
              + " cannot be written as a schema file: "
              + e.getMessage()
              + "\nHint: the schema language does not cover this object yet; leave its schema out"
              + " with --schemas, or report it.",
          e);
    }
    if (out == null) {
      spec.commandLine().getOut().print(text);
      return 0;
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(out, text, StandardCharsets.UTF_8);
    spec.commandLine()
        .getOut()
        .printf(
            "wrote %s: %d tables, %d views, %d enums, %d functions and procedures%n",
            out,
            model.tables().size(),
            model.views().size(),
            model.enums().size(),
            model.routines().size());
    return 0;
  }
}
