package io.pgorm.cli;

import io.pgorm.cli.internal.SchemaFiles;
import io.pgorm.schema.ir.SchemaModel;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm validate --schema FILE}. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Parse and validate a schema file; errors go to stderr as FILE:LINE:COL.")
final class ValidateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "the schema file")
  Path schema;

  @Override
  public Integer call() {
    SchemaModel model = SchemaFiles.parse(schema);
    spec.commandLine()
        .getOut()
        .printf(
            "%s is valid: models %d, views %d, enums %d, composite types %d%n",
            schema,
            model.tables().stream().filter(t -> t.partitionOf() == null).count(),
            model.views().size(),
            model.enums().size(),
            model.composites().size());
    return 0;
  }
}
