package io.pgorm.examples.quickstart;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.schema.Schemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The quickstart's migration is what the migration engine renders from its schema file, so the two
 * cannot drift apart. After changing the schema, refresh the file with {@code
 * -Dpgorm.updateDocs=true}.
 */
class QuickstartMigrationTest {

  static final Path SCHEMA = Path.of("src/main/resources/db/quickstart.pgorm");
  static final Path UP = Path.of("src/main/resources/db/quickstart/20261124000000_todo/up.sql");
  static final String HEADER =
      "-- Rendered from db/quickstart.pgorm by the migration engine (CreateScript).\n";

  @Test
  void upSqlIsTheRenderedSchema() throws IOException {
    String schema = Files.readString(SCHEMA, StandardCharsets.UTF_8);
    String expected = HEADER + CreateScript.render(Schemas.parse("quickstart.pgorm", schema));
    if (Boolean.getBoolean("pgorm.updateDocs")) {
      Files.writeString(UP, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(UP, StandardCharsets.UTF_8)).isEqualTo(expected);
  }
}
