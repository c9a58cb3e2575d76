package io.pgorm.query.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Java block of docs/queries.md is a tagged region of QueriesGuideTest, which runs it. */
class QueriesDocTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  static List<String> regions() throws IOException {
    String source =
        Files.readString(
            MODULE.resolve("src/test/java/io/pgorm/query/guide/QueriesGuideTest.java"));
    List<String> out = new ArrayList<>();
    Matcher m =
        Pattern.compile("// tag::([a-z-]+)\\[\\]\\n(.*?)\\n\\s*// end::\\1\\[\\]", Pattern.DOTALL)
            .matcher(source);
    while (m.find()) {
      out.add(dedent(m.group(2)));
    }
    return out;
  }

  private static String dedent(String block) {
    String[] lines = block.split("\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String l : lines) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String l : lines) {
      b.append(l.isBlank() ? "" : l.substring(indent)).append('\n');
    }
    return b.toString().stripTrailing();
  }

  @Test
  void everyJavaBlockOfTheGuideRunsInTheBuild() throws IOException {
    String doc = Files.readString(MODULE.resolveSibling("docs").resolve("queries.md"));
    List<String> regions = regions();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      assertThat(regions)
          .as("a tagged region of QueriesGuideTest")
          .contains(m.group(1).stripTrailing());
    }
    assertThat(blocks).isEqualTo(regions.size());
  }
}
