package io.pgorm.migrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.introspect.IntrospectOptions;
import io.pgorm.migrate.introspect.Introspector;
import io.pgorm.migrate.sql.CreateScript;
import io.pgorm.migrate.sql.IndexDdl;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The snippets of docs/migrations.md: compiled, run against PostgreSQL, and quoted verbatim. */
@PgTest
class MigrationsDocExampleTest {

  static final String DDL =
      "CREATE SCHEMA app;\n"
          + "CREATE TABLE app.item (\n"
          + "  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
          + "  name text NOT NULL,\n"
          + "  price numeric(10,2) CHECK (price >= 0)\n"
          + ");\n"
          + "CREATE INDEX item_name_idx ON app.item (lower(name));\n";

  static PgOrm db;

  @BeforeAll
  static void start(TestDatabase database) {
    db = Databases.client(database);
    Databases.run(db, DDL);
  }

  @AfterAll
  static void stop() {
    db.close();
  }

  // tag::introspect[]
  /** The schema of the database the client points at, as the IR. */
  static Mono<SchemaModel> readSchema(PgOrm db) {
    return Introspector.create(db).introspect();
  }

  // end::introspect[]

  // tag::scope[]
  /** Only schema app, with the objects behind change streams as they are in the database. */
  static Mono<SchemaModel> readAppAsItIs(PgOrm db) {
    IntrospectOptions options =
        IntrospectOptions.builder().schemas(List.of("app")).foldChangeStreams(false).build();
    return Introspector.create(db, options).introspect();
  }

  // end::scope[]

  // tag::render[]
  /** The SQL that creates this database's schema in an empty one. */
  static Mono<String> createScript(PgOrm db) {
    return Introspector.create(db).introspect().map(CreateScript::render);
  }

  // end::render[]

  // tag::objects[]
  /** One statement per index of a table, as a migration that adds them would run them. */
  static List<String> createIndexes(Table table) {
    return table.indexes().stream().map(i -> IndexDdl.createIndex(table.name(), i)).toList();
  }

  // end::objects[]

  @Test
  void readsTheSchema() {
    SchemaModel schema = readSchema(db).block(Duration.ofSeconds(30));
    assertThat(schema).isNotNull();
    assertThat(schema.schemas()).containsExactly("app");
    Table item = schema.table(QualifiedName.of("app", "item")).orElseThrow();
    assertThat(item.checks().get(0).expression()).isEqualTo("(price >= (0)::numeric)");
    assertThat(createIndexes(item))
        .containsExactly("CREATE INDEX item_name_idx ON app.item USING btree ((lower(name)))");
    assertThat(readAppAsItIs(db).block(Duration.ofSeconds(30))).isEqualTo(schema);
  }

  @Test
  void theDocumentShowsTheScriptThisDatabaseGives() throws IOException {
    String script = createScript(db).block(Duration.ofSeconds(30));
    assertThat(blocks(doc(), "sql")).contains(script.strip());
    assertThat(blocks(doc(), "sql")).contains(DDL.strip());
  }

  @Test
  void theDocumentQuotesTheSnippetsVerbatim() throws IOException {
    Path module = Path.of("").toAbsolutePath();
    String source =
        Files.readString(
            module.resolve("src/test/java/io/pgorm/migrate/docs/MigrationsDocExampleTest.java"));
    String java = blocks(doc(), "java");
    for (String tag : new String[] {"introspect", "scope", "render", "objects"}) {
      assertThat(java).as(tag).contains(between(source, tag));
    }
  }

  private static String doc() throws IOException {
    return Files.readString(
        Path.of("").toAbsolutePath().resolveSibling("docs").resolve("migrations.md"));
  }

  private static String between(String source, String tag) {
    int start = source.indexOf('\n', source.indexOf("// tag::" + tag + "[]")) + 1;
    String region = source.substring(start, source.indexOf("// end::" + tag + "[]")).strip();
    return region.replaceAll("(?m)^  ", ""); // the docs show it one level in
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
