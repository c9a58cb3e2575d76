package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pgorm diff}: applying its output to SRC makes SRC's introspected schema equal to DST's,
 * for each kind of side.
 */
@PgTest
class DiffCommandTest {

  static DatabaseServer server;
  static String adminUrl;
  final Cli cli = new Cli();
  @TempDir Path dir;

  static final String BEFORE =
      """
      CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL, note text);
      CREATE INDEX item_name ON item (name);
      """;

  static final String AFTER =
      """
      CREATE TYPE mood AS ENUM ('ok', 'great');
      CREATE TABLE item (
        id bigint PRIMARY KEY,
        name varchar(200) NOT NULL CHECK (name <> ''),
        mood mood NOT NULL DEFAULT 'ok',
        tags text[] DEFAULT ARRAY['a']::text[]
      );
      CREATE VIEW item_names AS SELECT name FROM item WHERE mood = 'great';
      """;

  @BeforeAll
  static void start(TestDatabase db) {
    server = db.server();
    adminUrl = db.url();
  }

  @Test
  void databaseToDatabaseConverges() {
    try (TestDatabase src = server.createTestDatabase("diff_src");
        TestDatabase dst = server.createTestDatabase("diff_dst")) {
      Cli.sql(src.url(), BEFORE);
      Cli.sql(src.url(), "INSERT INTO item VALUES (1, 'one', 'a note')");
      Cli.sql(dst.url(), AFTER);

      assertThat(cli.run("diff", "--from", src.url(), "--to", dst.url())).isZero();
      String sql = cli.out;
      assertThat(sql)
          .contains("-- hazard DATA_LOSS", "DROP COLUMN note", "CREATE TYPE", "CREATE VIEW");
      Cli.sql(src.url(), sql);

      assertThat(Cli.introspect(src.url())).isEqualTo(Cli.introspect(dst.url()));
      assertThat(Cli.one(src.url(), "SELECT name || '/' || mood FROM item", String.class))
          .isEqualTo("one/ok");
      assertThat(cli.run("diff", "--from", src.url(), "--to", dst.url())).isZero();
      assertThat(cli.out).isEqualTo("-- pgorm plan: no changes\n");
    }
  }

  @Test
  void emptyToSchemaFileAndFileToDatabaseConverge() throws Exception {
    Path schema =
        Files.writeString(
            dir.resolve("shop.pgorm"),
            """
            enum role { admin member }

            model account {
              id    uuid @id
              role  role @default(member)
              email text?
            }
            """);
    try (TestDatabase fresh = server.createTestDatabase("diff_fresh")) {
      assertThat(
              cli.run(
                  "diff", "--from", "empty", "--to", schema.toString(), "--shadow-url", adminUrl))
          .isZero();
      assertThat(cli.out).contains("CREATE TYPE", "CREATE TABLE");
      Cli.sql(fresh.url(), cli.out);
      assertThat(cli.run("diff", "--from", fresh.url(), "--to", schema.toString())).isZero();
      assertThat(cli.out).isEqualTo("-- pgorm plan: no changes\n");

      // and back: the database to empty drops what the file made
      assertThat(cli.run("diff", "--from", fresh.url(), "--to", "empty")).isZero();
      Cli.sql(fresh.url(), cli.out);
      assertThat(cli.run("diff", "--from", fresh.url(), "--to", "empty")).isZero();
      assertThat(cli.out).isEqualTo("-- pgorm plan: no changes\n");
      assertThat(
              Cli.one(
                  fresh.url(),
                  "SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                      + " ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
                  Long.class))
          .isZero();
    }
  }

  @Test
  void anOnlineDiffRunsThroughTheRunnerAsAMigration() throws Exception {
    try (TestDatabase src = server.createTestDatabase("diff_on_src");
        TestDatabase dst = server.createTestDatabase("diff_on_dst")) {
      Cli.sql(src.url(), BEFORE);
      Cli.sql(dst.url(), BEFORE + "CREATE INDEX item_note ON item (note);");
      assertThat(cli.run("diff", "--from", src.url(), "--to", dst.url(), "--online")).isZero();
      assertThat(cli.out)
          .contains("CREATE INDEX CONCURRENTLY item_note", "-- (runs on its own, outside a");
      Path m = Files.createDirectories(dir.resolve("migrations/20260101000000_online"));
      Files.writeString(m.resolve("up.sql"), cli.out);
      assertThat(
              cli.run(
                  "migrate",
                  "deploy",
                  "--url",
                  src.url(),
                  "--dir",
                  dir.resolve("migrations").toString()))
          .as(cli.err)
          .isZero();
      assertThat(cli.out).contains("(1 outside a transaction)");
      assertThat(SchemaHash.withoutHistory(Cli.introspect(src.url()), HistoryTable.DEFAULT))
          .isEqualTo(Cli.introspect(dst.url()));
    }
  }

  @Test
  void aBadSchemaFileIsReportedAsFileLineColumn() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.pgorm"), SchemaCommandsTest.BROKEN);
    assertThat(cli.run("diff", "--from", adminUrl, "--to", broken.toString())).isEqualTo(1);
    assertThat(cli.err).startsWith(broken + ":3:").contains("error");
    assertThat(cli.out).isEmpty();
  }

  @Test
  void aSchemaFileWithoutAServerAsksForAShadowUrl() throws Exception {
    Path schema = Files.writeString(dir.resolve("s.pgorm"), "model a {\n  id int @id\n}\n");
    assertThat(cli.run("diff", "--from", "empty", "--to", schema.toString())).isEqualTo(1);
    assertThat(cli.err)
        .startsWith("pgorm: --from empty must be created in a shadow database")
        .contains("--shadow-url");
  }

  @Test
  void aMissingSideIsAUsageError() {
    assertThat(cli.run("diff", "--from", "empty")).isEqualTo(1);
    assertThat(cli.err).startsWith("Missing required option: '--to=DST'");
  }
}
