package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.ir.SchemaModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The formatter on real text: every example of the language reference and the everything-file print
 * to text that parses back to the same IR, and printing that again changes nothing.
 */
class FormatterTest {

  static Stream<SchemaLanguageDocTest.Block> examples() throws IOException {
    List<SchemaLanguageDocTest.Block> all =
        new ArrayList<>(SchemaLanguageDocTest.blocks().toList());
    try (InputStream in = FormatterTest.class.getResourceAsStream("/schema/everything.pgorm")) {
      all.add(
          new SchemaLanguageDocTest.Block(
              0, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void printParsesBackToTheSameSchema(SchemaLanguageDocTest.Block block) {
    SchemaModel model = Schemas.parse(block.toString(), block.text());
    String printed = Schemas.print(model);
    SchemaModel again;
    try {
      again = Schemas.parse("printed.pgorm", printed);
    } catch (SchemaException e) {
      throw new AssertionError(e.getMessage() + "\n--- printed:\n" + printed, e);
    }
    assertThat(again).as("printed:\n%s", printed).isEqualTo(model);
    assertThat(Schemas.print(again)).isEqualTo(printed);
  }
}
