package io.pgorm.cli.internal;

import io.pgorm.cli.CliException;
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

  /** INTERIM: parses and validates with io.pgorm.schema once the parser is on main. */
  public static SchemaModel parse(Path file) {
    text(file);
    throw new CliException("pgorm: the schema parser is not available in this build");
  }
}
