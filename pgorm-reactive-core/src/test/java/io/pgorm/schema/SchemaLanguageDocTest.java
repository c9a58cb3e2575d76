package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every {@code ```pgorm} block of {@code docs/schema-language.md} is a valid schema. */
class SchemaLanguageDocTest {

  private static final Path DOC = Paths.get("..", "docs", "schema-language.md");

  /** A code block and the line of the doc where it starts. */
  record Block(int line, String text) {
    @Override
    public String toString() {
      return "docs/schema-language.md:" + line;
    }
  }

  static Stream<Block> blocks() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    List<Block> out = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).equals("```pgorm")) {
        int start = i + 1;
        StringBuilder text = new StringBuilder();
        for (i = start; !lines.get(i).equals("```"); i++) {
          text.append(lines.get(i)).append('\n');
        }
        out.add(new Block(start + 1, text.toString()));
      }
    }
    return out.stream();
  }

  @Test
  void theDocHasExamples() throws IOException {
    assertThat(blocks().count()).isGreaterThan(20);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blocks")
  void exampleIsValid(Block block) {
    Schemas.parse(block.toString(), block.text());
  }
}
