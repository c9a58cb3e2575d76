package io.pgorm.internal.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.ServerError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SQLSTATE table of docs/errors.md says what {@link SqlStateTable} does, row by row. */
class ErrorsDocTableTest {

  // | `23505` | unique_violation | `UniqueViolationException` | ... or | `22xxx` | ... |
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\| `([0-9A-Z]{2})(xxx|[0-9A-Z]{3})` \\|[^|]*\\| `([A-Za-z]+)` \\|.*$");

  @Test
  void everyRowMapsAsDocumentedAndEveryMappingHasARow() throws IOException {
    Path docs = Path.of("").toAbsolutePath().resolveSibling("docs").resolve("errors.md");
    Matcher row = ROW.matcher(Files.readString(docs));
    Set<String> codes = new HashSet<>();
    Set<String> classes = new HashSet<>();
    while (row.find()) {
      String sqlClass = row.group(1);
      boolean wholeClass = row.group(2).equals("xxx");
      String code = sqlClass + (wholeClass ? "000" : row.group(2));
      (wholeClass ? classes : codes).add(wholeClass ? sqlClass : code);

      Object translated = SqlStateTable.translate(ServerError.builder(code, "x").build(), null);

      assertThat(translated.getClass().getSimpleName()).as(code).isEqualTo(row.group(3));
    }

    assertThat(codes).containsAll(SqlStateTable.BY_CODE.keySet());
    assertThat(classes).containsAll(SqlStateTable.BY_CLASS.keySet());
  }
}
