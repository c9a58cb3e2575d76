package io.pgorm.maven;

import io.pgorm.schema.ir.SchemaModel;
import java.nio.file.Path;

/** Reads a schema file's text into the IR: the parser, or a stand-in in tests. */
@FunctionalInterface
interface SchemaReader {

  /** INTERIM until io.pgorm.schema's parser is on main: then this calls it. */
  SchemaReader PARSER =
      (file, text) -> {
        throw new InvalidSchemaException(
            "pgorm:generate: the schema parser is not available in this build");
      };

  /**
   * @throws InvalidSchemaException with every problem, formatted for the user
   */
  SchemaModel read(Path file, String text);

  /** The schema does not parse or validate; the message is ready to print. */
  final class InvalidSchemaException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InvalidSchemaException(String message) {
      super(message);
    }
  }
}
