package io.pgorm.migrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.diff.SchemaDiff;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.plan.DataLossRefusedException;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.shadow.ShadowDatabase;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/**
 * The diff section of docs/migrations.md: its snippets compiled and run against PostgreSQL, its
 * example plan produced for real and quoted verbatim.
 */
@PgTest
class DiffDocExampleTest {

  static final String LIVE =
      "CREATE SCHEMA app;\n"
          + "CREATE TABLE app.item (\n"
          + "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
          + "  name text NOT NULL,\n"
          + "  price integer CHECK (price >= 0),\n"
          + "  note text\n"
          + ");\n"
          + "CREATE VIEW app.cheap AS SELECT id, name FROM app.item WHERE price < 10;\n";

  /** What the schema file declares, as SQL would create it; {@code title} was {@code name}. */
  static final String WANTED =
      "CREATE SCHEMA app;\n"
          + "CREATE TABLE app.item (\n"
          + "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
          + "  title text NOT NULL,\n"
          + "  price numeric(12,2) CHECK (price >= 0)\n"
          + ");\n"
          + "CREATE INDEX item_title_idx ON app.item (lower(title));\n"
          + "CREATE VIEW app.cheap AS SELECT id, title FROM app.item WHERE price < 10;\n";

  // tag::diff[]
  /** The plan that turns the live database into the declared schema. */
  static Mono<Plan> plan(PgOrm live, PgOrm admin, SchemaModel declared, PlanOptions options) {
    return Mono.zip(
            Introspector.create(live).introspect(),
            ShadowDatabase.create(admin).normalize(declared))
        .map(both -> SchemaDiff.diff(both.getT1(), both.getT2(), options));
  }

  // end::diff[]

  // tag::options[]
  /** Online-safe statements, a lock timeout, and one loss of data accepted by name. */
  static PlanOptions careful() {
    return PlanOptions.builder()
        .onlineSafe()
        .lockTimeout(Duration.ofSeconds(5))
        .allowDataLoss(List.of("app.item.note"))
        .build();
  }

  // end::options[]

  // tag::files[]
  /** What up.sql and down.sql hold. */
  static List<String> files(Plan plan) {
    return List.of(plan.upSql(), plan.downSql());
  }

  // end::files[]

  @Test
  void theDocumentShowsThePlanThisDiffGives(TestDatabase database) throws IOException {
    try (TestDatabase wanted = database.server().createTestDatabase("doc_wanted");
        PgOrm live = Databases.client(database);
        PgOrm other = Databases.client(wanted)) {
      Databases.run(live, LIVE);
      Databases.run(other, WANTED);
      SchemaModel declared = renamed(Databases.introspect(other));
      Plan plan =
          plan(
                  live,
                  live,
                  declared,
                  PlanOptions.builder().allowDataLoss(List.of("app.item.note")).build())
              .block(Duration.ofSeconds(60));
      assertThat(plan).isNotNull();
      String doc = doc();
      List<String> sql = files(plan);
      if (System.getProperty("pgorm.doc.print") != null) {
        System.out.println(sql.get(0) + "\n" + sql.get(1));
      }
      assertThat(blocks(doc, "sql")).contains(LIVE.strip(), WANTED.strip());
      // The page shows what the PostgreSQL 15 server prints; 16 and later leave the table name
      // out of a one-table view's columns ("item.title" is "title").
      boolean pg15 = Databases.serverMajor(live) == 15;
      String quoted = pg15 ? blocks(doc, "sql") : blocks(doc, "sql").replace("item.", "");
      for (String file : sql) {
        assertThat(quoted).contains(pg15 ? file.strip() : file.strip().replace("item.", ""));
      }
      assertThat(SchemaDiff.diff(declared, declared, careful()).isEmpty()).isTrue();
      StepVerifier.create(plan(live, live, declared, PlanOptions.defaults()))
          .expectErrorSatisfies(
              e -> {
                assertThat(e).isInstanceOf(DataLossRefusedException.class);
                assertThat(doc).contains("```\n" + e.getMessage() + "\n```");
              })
          .verify(Duration.ofSeconds(60));
    }
  }

  @Test
  void theDocumentQuotesTheSnippetsVerbatim() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String source =
        Files.readString(
            module.resolve("src/test/java/io/pgorm/migrate/docs/DiffDocExampleTest.java"));
    String java = blocks(doc(), "java");
    for (String tag : new String[] {"diff", "options", "files"}) {
      assertThat(java).as(tag).contains(between(source, tag));
    }
  }

  /** The declared model says that {@code title} was called {@code name}. */
  private static SchemaModel renamed(SchemaModel m) {
    Table t = m.table(QualifiedName.of("app", "item")).orElseThrow();
    List<Column> cols =
        t.columns().stream()
            .map(c -> c.name().equals("title") ? c.withRenamedFrom("name") : c)
            .toList();
    Table renamed = t.withColumns(cols);
    return m.withTables(List.of(renamed));
  }

  private static String doc() throws IOException {
    return Files.readString(
        Path.of("").toAbsolutePath().resolveSibling("docs").resolve("migrations.md"));
  }

  private static String between(String source, String tag) {
    int start = source.indexOf('\n', source.indexOf("// tag::" + tag + "[]")) + 1;
    String region = source.substring(start, source.indexOf("// end::" + tag + "[]")).strip();
    return region.replaceAll("(?m)^  ", "");
  }

  private static String blocks(String markdown, String language) {
    StringBuilder b = new StringBuilder();
    Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL).matcher(markdown);
    while (m.find()) {
      b.append(m.group(1)).append('\n');
    }
    return b.toString();
  }
}
