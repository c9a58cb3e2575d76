package io.pgorm.types.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.types.PgType;
import io.pgorm.types.TypeRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/types.md quotes TypesExampleTest as it is, and its table names every built-in type. */
class TypesDocTest {

  private static final Path MODULE = Path.of("").toAbsolutePath();

  private static String doc() throws IOException {
    return Files.readString(MODULE.resolveSibling("docs").resolve("types.md"));
  }

  @Test
  void theDocumentQuotesTheExampleVerbatim() throws IOException {
    String source =
        Files.readString(
            MODULE.resolve("src/test/java/io/pgorm/types/example/TypesExampleTest.java"));
    int start = source.indexOf('\n', source.indexOf("// tag::example[]")) + 1;
    String example = source.substring(start, source.indexOf("// end::example[]")).stripTrailing();

    StringBuilder blocks = new StringBuilder();
    Matcher m = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL).matcher(doc());
    while (m.find()) {
      blocks.append(m.group(1)).append('\n');
    }
    assertThat(blocks.toString()).contains(example);
  }

  @Test
  void theTableNamesEveryTypeAndAlias() throws IOException {
    String doc = doc();
    for (PgType t : TypeRegistry.builtIn().types()) {
      assertThat(doc).as(t.name()).contains("`" + t.name() + "`");
      for (String alias : t.aliases()) {
        assertThat(doc).as(alias + " of " + t.name()).contains("`" + alias + "`");
      }
    }
  }
}
