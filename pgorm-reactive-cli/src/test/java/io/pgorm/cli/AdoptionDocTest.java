package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.test.DatabaseServer;
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
 * Runs "Adopting an existing database" of docs/migrations.md as written: the {@code sql} block
 * builds the existing database, each {@code pgorm} block is appended to the schema file, each
 * {@code $ bin/pgorm} line runs in order and must exit with 0; then the new database must have the
 * adopted database's schema.
 */
@PgTest
class AdoptionDocTest {

  private static final Pattern BLOCK = Pattern.compile("```(\\w*)\n(.*?)```", Pattern.DOTALL);

  @Test
  void theAdoptionRunsAsDocumented(TestDatabase db, DatabaseServer server, @TempDir Path work)
      throws Exception {
    String doc = Files.readString(Path.of("../docs/migrations.md"));
    String section =
        doc.substring(
            doc.indexOf("## Adopting an existing database"),
            doc.indexOf("### Correcting the history by hand"));
    Path schema = work.resolve("schema.pgorm");
    Path dir = work.resolve("db/migrations");
    List<String> outputs = new ArrayList<>();
    Cli cli = new Cli();
    try (TestDatabase fresh = server.createTestDatabase("adoption_new")) {
      Matcher m = BLOCK.matcher(section);
      while (m.find()) {
        switch (m.group(1)) {
          case "sql" -> Cli.sql(db.url(), m.group(2));
          case "pgorm" -> Files.writeString(schema, Files.readString(schema) + "\n" + m.group(2));
          case "shell" -> {
            for (String line : m.group(2).split("\n")) {
              assertThat(line).startsWith("$ bin/pgorm ");
              String[] args =
                  Arrays.stream(line.substring("$ bin/pgorm ".length()).split(" "))
                      .map(a -> a.equals("\"$DATABASE_URL\"") ? db.url() : a)
                      .map(a -> a.equals("\"$NEW_DATABASE_URL\"") ? fresh.url() : a)
                      .map(a -> a.equals("schema.pgorm") ? schema.toString() : a)
                      .map(a -> a.equals("db/migrations") ? dir.toString() : a)
                      .toArray(String[]::new);
              assertThat(cli.run(args)).as(line + "\n" + cli.out + cli.err).isZero();
              outputs.add(cli.out.replace(dir.toString(), "db/migrations"));
            }
          }
          default -> throw new AssertionError("unexpected block " + m.group(1));
        }
      }
      assertThat(outputs).hasSize(6);
      // What the page says baseline and status printed, the version aside.
      String printed = outputs.get(0).replaceAll("\\d{14}_baseline", "20261124070000_baseline");
      String quoted = section.replaceAll("\\s+", " ");
      assertThat(quoted)
          .contains(printed.lines().findFirst().orElseThrow().replaceAll("\\s+", " "));
      assertThat(outputs.get(1)).containsPattern("baseline +\\d{14}_baseline").contains("No drift");
      assertThat(outputs.get(3)).contains(": 1 step.");
      List<Path> migrations;
      try (Stream<Path> s = Files.list(dir)) {
        migrations = s.sorted().toList();
      }
      assertThat(migrations)
          .extracting(p -> p.getFileName().toString().substring(15))
          .containsExactly("baseline", "add_tag");
      assertThat(Files.readString(migrations.get(1).resolve("up.sql")))
          .contains("create table public.tag")
          .doesNotContain("item");
      assertThat(
              Cli.one(
                  fresh.url(),
                  "SELECT string_agg(state, ',' ORDER BY version) FROM pgorm.schema_migrations",
                  String.class))
          .isEqualTo("applied,applied");
      assertThat(SchemaHash.of(Cli.introspect(fresh.url()), HistoryTable.DEFAULT))
          .isEqualTo(SchemaHash.of(Cli.introspect(db.url()), HistoryTable.DEFAULT));
    }
  }
}
