package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs "The workflow" of docs/migrations.md as written: each {@code pgorm} block becomes the schema
 * file, each {@code $ bin/pgorm} line runs in order against this class's database and must exit
 * with 0, and the {@code up.sql} and {@code down.sql} the page shows are the files written.
 */
@PgTest
class MigrationsWorkflowDocTest {

  private static final Pattern BLOCK = Pattern.compile("```(\\w*)\n(.*?)```", Pattern.DOTALL);

  @Test
  void theWorkflowRunsAsDocumented(TestDatabase db, @TempDir Path work) throws Exception {
    String doc = Files.readString(Path.of("../docs/migrations.md"));
    String section = doc.substring(doc.indexOf("## The workflow"), doc.indexOf("### Drift"));
    Path schema = work.resolve("schema.pgorm");
    Path dir = work.resolve("db/migrations");
    List<String> sqlBlocks = new ArrayList<>();
    int commands = 0;
    Cli cli = new Cli();
    Matcher m = BLOCK.matcher(section);
    while (m.find()) {
      switch (m.group(1)) {
        case "pgorm" -> Files.writeString(schema, m.group(2));
        case "sql" -> sqlBlocks.add(m.group(2));
        case "shell" -> {
          for (String line : m.group(2).split("\n")) {
            assertThat(line).startsWith("$ bin/pgorm ");
            String[] args =
                Arrays.stream(line.substring("$ bin/pgorm ".length()).split(" "))
                    .map(a -> a.equals("\"$DATABASE_URL\"") ? db.url() : a)
                    .map(a -> a.equals("schema.pgorm") ? schema.toString() : a)
                    .map(a -> a.equals("db/migrations") ? dir.toString() : a)
                    .toArray(String[]::new);
            assertThat(cli.run(args)).as(line + "\n" + cli.out + cli.err).isZero();
            commands++;
          }
        }
        default -> throw new AssertionError("unexpected block " + m.group(1));
      }
    }
    assertThat(commands).isEqualTo(6);
    assertThat(cli.out).startsWith("No changes: ").contains("Nothing written.");

    List<Path> migrations;
    try (Stream<Path> s = Files.list(dir)) {
      migrations = s.sorted().toList();
    }
    assertThat(migrations)
        .extracting(p -> p.getFileName().toString().substring(15))
        .containsExactly("init", "add_mood");
    assertThat(sqlBlocks).hasSize(2);
    assertThat(Files.readString(migrations.get(0).resolve("up.sql"))).isEqualTo(sqlBlocks.get(0));
    assertThat(Files.readString(migrations.get(1).resolve("down.sql"))).isEqualTo(sqlBlocks.get(1));
    assertThat(
            Cli.one(
                db.url(),
                "SELECT string_agg(name, ',' ORDER BY version) FROM pgorm.schema_migrations"
                    + " WHERE state = 'applied'",
                String.class))
        .isEqualTo("init,add_mood");
  }
}
