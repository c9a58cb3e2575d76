package io.pgorm.listen.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.listen.internal.ListenMetrics;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * docs/change-streams.md quotes ChangeStreamsExampleTest and ChangeHooksExampleTest as they are,
 * and names every meter.
 */
class ChangeStreamsDocTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static String doc() throws IOException {
    return Files.readString(MODULE.resolveSibling("docs").resolve("change-streams.md"));
  }

  @ParameterizedTest
  @CsvSource({"ChangeStreamsExampleTest, example", "ChangeHooksExampleTest, hooks"})
  void theDocumentQuotesTheExamplesVerbatim(String test, String tag) throws IOException {
    String source =
        Files.readString(MODULE.resolve("src/test/java/io/pgorm/listen/example/" + test + ".java"));
    int start = source.indexOf('\n', source.indexOf("// tag::" + tag + "[]")) + 1;
    String example =
        source
            .substring(start, source.indexOf("// end::" + tag + "[]"))
            .stripTrailing()
            .lines()
            .map(line -> line.length() >= 8 ? line.substring(8) : line.strip())
            .reduce((a, b) -> a + "\n" + b)
            .orElseThrow();
    StringBuilder blocks = new StringBuilder();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    while (m.find()) {
      blocks.append(m.group(1)).append('\n');
    }
    assertThat(blocks.toString()).contains(example);
  }

  @Test
  void theMetricsTableNamesEveryMeter() throws IOException, IllegalAccessException {
    String doc = doc();
    for (Field f : ListenMetrics.class.getFields()) {
      String meter = (String) f.get(null);
      assertThat(doc).as(meter).contains("`" + meter + "`");
    }
  }
}
