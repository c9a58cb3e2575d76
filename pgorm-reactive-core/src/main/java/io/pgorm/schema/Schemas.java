package io.pgorm.schema;

import io.pgorm.schema.internal.Parser;
import io.pgorm.schema.internal.Reporter;
import io.pgorm.schema.internal.Source;
import io.pgorm.schema.internal.lower.Lowering;
import io.pgorm.schema.internal.print.Printer;
import io.pgorm.schema.ir.SchemaModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Entry points of the schema language (see {@code docs/schema-language.md}): parse and validate
 * schema text into the IR, and print an IR as canonical text. All methods are pure functions of
 * their arguments and safe to call from any thread.
 */
public final class Schemas {

  private Schemas() {}

  /**
   * Parses and validates one schema file.
   *
   * @param file the file name used in messages
   * @param text the file's content
   * @return the schema it describes
   * @throws SchemaException with every problem found, if the text is not a valid schema
   */
  public static SchemaModel parse(String file, String text) {
    return parse(List.of(new SchemaSource(file, text)));
  }

  /**
   * Parses and validates several files as one schema: a declaration in one file may refer to those
   * of the others.
   *
   * @throws SchemaException with every problem of every file, if they are not a valid schema;
   *     syntax errors are reported first, and names are only checked when the syntax is right
   */
  public static SchemaModel parse(List<SchemaSource> files) {
    Reporter reporter = new Reporter();
    List<Lowering.Parsed> parsed = new ArrayList<>();
    for (SchemaSource f : files) {
      Source source = new Source(f.name(), f.text());
      parsed.add(new Lowering.Parsed(source, Parser.parse(source, reporter)));
    }
    reporter.throwIfErrors();
    SchemaModel model = Lowering.lower(parsed, reporter);
    reporter.throwIfErrors();
    return model;
  }

  /**
   * The canonical text of a schema: {@code parse(print(m))} equals {@code m} for every valid schema
   * {@code m}.
   *
   * @throws IllegalArgumentException if the schema holds something the language cannot write (for
   *     example SQL text that is not lexically complete)
   */
  public static String print(SchemaModel model) {
    return Printer.print(model);
  }

  /** {@code print(parse(file, text))}: the formatter. */
  public static String format(String file, String text) {
    return print(parse(file, text));
  }
}
