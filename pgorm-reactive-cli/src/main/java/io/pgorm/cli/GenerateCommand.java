package io.pgorm.cli;

import io.pgorm.cli.internal.SchemaFiles;
import io.pgorm.codegen.CodeGenerator;
import io.pgorm.codegen.CodegenOptions;
import io.pgorm.codegen.GeneratedSources;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgorm generate --schema FILE --out DIR --package P}. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = {
      "Generate Java records, metamodels, enums and composite records from a schema file.",
      "Files of an earlier run that are no longer generated are deleted; unchanged files are not"
          + " touched."
    })
final class GenerateCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "the schema file")
  Path schema;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "the source root to write into")
  Path out;

  @Option(
      names = "--package",
      required = true,
      paramLabel = "P",
      description = "the package of schema public; other schemas get sub-packages")
  String packageName;

  @Override
  public Integer call() throws IOException {
    CodegenOptions options;
    try {
      options = CodegenOptions.builder(packageName).sourceName(fileName()).build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    GeneratedSources sources = CodeGenerator.create(options).generate(SchemaFiles.parse(schema));
    GeneratedSources.WriteResult result = sources.writeTo(out);
    spec.commandLine()
        .getOut()
        .printf(
            "generated %d files into %s (%d written, %d unchanged, %d deleted)%n",
            sources.files().size(),
            out,
            result.written().size(),
            result.unchanged().size(),
            result.deleted().size());
    return 0;
  }

  private String fileName() {
    Path name = schema.getFileName();
    return name == null ? schema.toString() : name.toString();
  }
}
