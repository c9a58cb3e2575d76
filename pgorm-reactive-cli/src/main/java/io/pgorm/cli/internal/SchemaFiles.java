package io.pgorm.cli.internal;

import io.pgorm.cli.CliException;
import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads schema files for the commands. */
public final class SchemaFiles {

  private SchemaFiles() {}

  /**
   * The file's text.
   *
   * @throws CliException when it does not exist or cannot be read
   */
  public static String text(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliException("pgorm: schema file " + file + " does not exist");
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException("pgorm: cannot read schema file " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Parses and validates the file; messages name it as given on the command line.
   *
   * @throws io.pgorm.schema.SchemaException with every problem of the file
   */
  public static SchemaModel parse(Path file) {
    return Schemas.parse(file.toString(), text(file));
  }
}
