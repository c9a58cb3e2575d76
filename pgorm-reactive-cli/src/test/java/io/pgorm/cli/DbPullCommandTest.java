package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgorm db pull} against a real database, and how it fails. */
@PgTest
class DbPullCommandTest {

  static String url;
  final Cli cli = new Cli();

  @BeforeAll
  static void create(TestDatabase db) {
    url = db.url();
    Cli.sql(
        url,
        """
        CREATE TYPE mood AS ENUM ('ok', 'great');
        CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL, mood mood DEFAULT 'ok');
        CREATE SCHEMA billing;
        CREATE TABLE billing.invoice (id int PRIMARY KEY, item_id bigint REFERENCES item (id));
        """);
  }

  @Test
  void pullWritesASchemaFileThatParsesAndDescribesTheDatabase(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("pulled/schema.pgorm");
    assertThat(cli.run("db", "pull", "--url", url, "--out", file.toString())).isZero();
    assertThat(cli.out).startsWith("wrote " + file + ": 2 tables, 0 views, 1 enums");
    String text = Files.readString(file);
    SchemaModel parsed = Schemas.parse(file.toString(), text);
    assertThat(parsed.tables())
        .extracting(t -> t.name().toString())
        .containsExactlyInAnyOrder("public.item", "billing.invoice");
    assertThat(text).contains("enum mood", "model item", "schema billing");

    // The pulled file, materialised again, is the database: diff prints no changes.
    assertThat(cli.run("diff", "--from", url, "--to", file.toString())).isZero();
    assertThat(cli.out).isEqualTo("-- pgorm plan: no changes\n");
  }

  @Test
  void pullPrintsToStdoutAndReadsOnlyTheSchemasAsked() {
    assertThat(cli.run("db", "pull", "--url", url, "--schemas", "billing")).isZero();
    assertThat(cli.out).contains("schema billing", "invoice").doesNotContain("model item");
  }

  @Test
  void aMalformedUrlIsAnInputError() {
    assertThat(cli.run("db", "pull", "--url", "localhost:5432/app")).isEqualTo(1);
    assertThat(cli.err)
        .isEqualTo(
            "pgorm: --url localhost:5432/app is not a database URL. Hint:"
                + " postgresql://user@host:5432/database\n");
  }

  @Test
  void anUnreachableServerIsADatabaseErrorWithoutAStackTrace() {
    assertThat(cli.run("db", "pull", "--url", "postgresql://nobody:secret@127.0.0.1:1/none"))
        .isEqualTo(3);
    assertThat(cli.err).startsWith("pgorm: ").contains("127.0.0.1").doesNotContain("secret");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void theHelpSaysWhatItDoes() {
    assertThat(cli.run("db", "pull", "--help")).isZero();
    assertThat(cli.out).contains("--url=URL", "--out=FILE", "--schemas=NAME");
  }
}
