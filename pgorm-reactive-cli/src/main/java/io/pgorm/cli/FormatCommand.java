package io.pgorm.cli;

import io.pgorm.cli.internal.SchemaFiles;
import io.pgorm.schema.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm format --schema FILE [--write | --check]}. */
@Command(
    name = "format",
    mixinStandardHelpOptions = true,
    description = {
      "Print a schema file in canonical form on stdout, rewrite it in place with --write, or check"
          + " that it is formatted with --check (exit 1 if not).",
      "Only a valid file is formatted."
    })
final class FormatCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "the schema file")
  Path schema;

  @CommandLine.ArgGroup(exclusive = true)
  Mode mode = new Mode();

  static final class Mode {
    @Option(names = "--write", description = "rewrite the file instead of printing it")
    boolean write;

    @Option(names = "--check", description = "print nothing; exit 1 if the file is not formatted")
    boolean check;
  }

  @Override
  public Integer call() throws IOException {
    String text = SchemaFiles.text(schema);
    String formatted = Schemas.format(schema.toString(), text);
    if (mode.check) {
      if (!formatted.equals(text)) {
        throw new CliException(
            schema + " is not formatted: run pgorm format --schema " + schema + " --write");
      }
      return 0;
    }
    if (!mode.write) {
      spec.commandLine().getOut().print(formatted);
      return 0;
    }
    if (formatted.equals(text)) {
      spec.commandLine().getOut().println(schema + " is already formatted");
    } else {
      Files.writeString(schema, formatted, StandardCharsets.UTF_8);
      spec.commandLine().getOut().println("formatted " + schema);
    }
    return 0;
  }
}
