package io.pgorm.test.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/testing.md shows TodoRepositoryTest as it is: a failing example fails the build. */
class DocsExampleTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  @Test
  void theDocumentQuotesTheExampleTestVerbatim() throws IOException {
    String source =
        Files.readString(
            MODULE.resolve("src/test/java/io/pgorm/test/example/TodoRepositoryTest.java"));
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("testing.md"));

    assertThat(javaBlocks(doc)).contains(between(source, "// tag::example[]", "// end::example[]"));
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf('\n', text.indexOf(from)) + 1;
    return text.substring(start, text.indexOf(to)).stripTrailing();
  }

  private static String javaBlocks(String markdown) {
    StringBuilder blocks = new StringBuilder();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      blocks.append(m.group(1)).append('\n');
    }
    return blocks.toString();
  }
}
