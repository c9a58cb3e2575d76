package io.pgorm.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every broken schema in {@code src/test/resources/schema-errors} fails with exactly the messages
 * in its {@code .expected} sibling: file, line, column, message, the source line and the caret.
 *
 * <p>To write the {@code .expected} files after a deliberate change of messages, run with {@code
 * -Dpgorm.regenerateExpected=true} and review the diff.
 */
class ErrorCorpusTest {

  private static final String DIR = "schema-errors";

  static Stream<String> cases() throws IOException, URISyntaxException {
    Path dir = Paths.get(ErrorCorpusTest.class.getResource("/" + DIR).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      List<String> names =
          files
              .map(p -> p.getFileName().toString())
              .filter(n -> n.endsWith(".pgorm"))
              .sorted()
              .toList();
      return names.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactly(String name) throws IOException, URISyntaxException {
    Path dir = Paths.get(getClass().getResource("/" + DIR).toURI());
    String text = Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    SchemaException e =
        catchThrowableOfType(SchemaException.class, () -> Schemas.parse(name, text));
    assertThat(e).as("%s must fail", name).isNotNull();
    String actual = e.getMessage() + "\n";
    String expectedName = name.replace(".pgorm", ".expected");
    if (Boolean.getBoolean("pgorm.regenerateExpected")) {
      Files.writeString(
          Paths.get("src/test/resources", DIR, expectedName), actual, StandardCharsets.UTF_8);
      return;
    }
    Path expectedFile = dir.resolve(expectedName);
    assertThat(expectedFile).as("expected messages for %s", name).exists();
    assertThat(actual).isEqualTo(Files.readString(expectedFile, StandardCharsets.UTF_8));
  }
}
