package io.pgorm.schema;

import io.pgorm.schema.internal.Parser;
import io.pgorm.schema.internal.Reporter;
import io.pgorm.schema.internal.Source;

/** Entry points of the schema language. */
public final class Schemas {

  private Schemas() {}

  /**
   * Parses and validates one schema file.
   *
   * @param file the file name used in messages
   * @param text the file's content
   * @throws SchemaException with every problem found, if the text is not a valid schema
   */
  public static void parse(String file, String text) {
    Reporter reporter = new Reporter();
    Parser.parse(new Source(file, text), reporter);
    reporter.throwIfErrors();
  }
}
