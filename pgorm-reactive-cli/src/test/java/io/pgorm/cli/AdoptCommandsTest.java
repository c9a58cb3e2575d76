package io.pgorm.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgorm migrate baseline} and {@code pgorm migrate resolve} on real databases. */
@PgTest
class AdoptCommandsTest {

  static final String LEGACY =
      "CREATE TYPE mood AS ENUM ('ok', 'great');"
          + " CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL, note text,"
          + " mood mood NOT NULL DEFAULT 'ok');"
          + " CREATE INDEX item_name_idx ON item (lower(name));"
          + " CREATE VIEW great_items AS SELECT id, name FROM item WHERE mood = 'great'";

  static DatabaseServer server;
  final Cli cli = new Cli();
  @TempDir Path work;
  Path dir;
  TestDatabase db;
  String url;

  @BeforeAll
  static void start(TestDatabase classDb) {
    server = classDb.server();
  }

  @BeforeEach
  void setUp() {
    db = server.createTestDatabase("adopt_cli");
    url = db.url();
    dir = work.resolve("migrations");
    Cli.sql(url, LEGACY);
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  int migrate(String command, String... more) {
    return migrateOn(url, command, more);
  }

  int migrateOn(String on, String command, String... more) {
    List<String> args =
        Stream.concat(
                Stream.of("migrate", command, "--url", on, "--dir", dir.toString()),
                Stream.of(more))
            .toList();
    return cli.run(args.toArray(String[]::new));
  }

  List<Path> migrations() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void baselineThenStatusDevDeployAndAFreshDatabase() throws Exception {
    assertThat(migrate("baseline")).as(cli.err).isZero();
    assertThat(cli.out)
        .containsPattern(
            "Wrote .*\\d{14}_baseline \\(up\\.sql: \\d+ statements creating 1 table,"
                + " 1 view, 1 enum; down\\.sql: irreversible\\)")
        .contains("in the history of")
        .contains("as baseline (not run)");
    Path baseline = migrations().get(0);
    assertThat(Files.readString(baseline.resolve("up.sql"))).contains("CREATE TABLE public.item");

    assertThat(migrate("status")).as(cli.out + cli.err).isZero();
    assertThat(cli.out)
        .contains("1 applied, 0 pending")
        .containsPattern("baseline +\\d{14}_baseline")
        .contains("No drift: the database is what its 1 applied migration makes.");

    // Refused a second time: the directory has migrations now.
    assertThat(migrate("baseline")).isEqualTo(2);
    assertThat(cli.err).contains("already has migrations").contains("Nothing was written");

    // The pulled schema plus one table: dev plans only the table.
    Path schema = work.resolve("schema.pgorm");
    assertThat(cli.run("db", "pull", "--url", url, "--out", schema.toString()))
        .as(cli.err)
        .isZero();
    Files.writeString(
        schema, Files.readString(schema) + "\nmodel tag {\n  id bigint @id\n  label text\n}\n");
    assertThat(
            cli.run(
                "migrate",
                "dev",
                "--schema",
                schema.toString(),
                "--url",
                url,
                "--dir",
                dir.toString(),
                "--name",
                "tags"))
        .as(cli.out + cli.err)
        .isZero();
    String up = Files.readString(migrations().get(1).resolve("up.sql"));
    assertThat(cli.out).as(up).contains(": 1 step.");
    assertThat(up).contains("CREATE TABLE public.tag").doesNotContain("item");
    assertThat(migrate("deploy")).as(cli.err).isZero();

    // A fresh database gets the whole schema from the same directory.
    try (TestDatabase fresh = server.createTestDatabase("adopt_fresh")) {
      assertThat(migrateOn(fresh.url(), "deploy")).as(cli.err).isZero();
      assertThat(
              Cli.one(
                  fresh.url(),
                  "SELECT string_agg(state, ',' ORDER BY version) FROM pgorm.schema_migrations",
                  String.class))
          .isEqualTo("applied,applied");
      assertThat(
              Cli.one(
                  fresh.url(),
                  "SELECT count(*)::int FROM pg_class WHERE relname IN"
                      + " ('item', 'tag', 'great_items', 'item_name_idx')",
                  Integer.class))
          .isEqualTo(4);
      assertThat(migrateOn(fresh.url(), "status")).as(cli.out).isZero();
      assertThat(cli.out).contains("No drift");
    }

    // down refuses the baseline.
    assertThat(migrate("down", "--steps", "2")).isEqualTo(2);
    assertThat(cli.err).contains("baseline of an existing database").contains("backup");
  }

  @Test
  void resolveMarksAppliedAndRolledBackAndRefusesUnknownVersions() throws Exception {
    Path m = Files.createDirectories(dir.resolve("20250101000000_item_extra"));
    Files.writeString(m.resolve("up.sql"), "ALTER TABLE item ADD COLUMN extra int;\n");
    Cli.sql(url, "ALTER TABLE item ADD COLUMN extra int"); // done by hand

    assertThat(migrate("resolve", "--applied", "20240101000000")).isEqualTo(1);
    assertThat(cli.err)
        .contains("No migration 20240101000000: ")
        .contains("20250101000000_item_extra")
        .contains("Nothing was changed");
    assertThat(migrate("resolve")).isEqualTo(1); // one of the two options is required
    assertThat(cli.err).contains("--applied=VERSION").contains("--rolled-back=VERSION");

    assertThat(migrate("resolve", "--applied", "20250101000000_item_extra")).as(cli.err).isZero();
    assertThat(cli.out).isEqualTo("Marked 20250101000000_item_extra applied (nothing was run).\n");
    assertThat(migrate("deploy")).isZero();
    assertThat(Cli.one(url, "SELECT count(*)::int FROM pgorm.schema_migrations", Integer.class))
        .isEqualTo(1);

    assertThat(migrate("resolve", "--applied", "20250101000000")).isEqualTo(2);
    assertThat(cli.err).contains("it already is (applied ");

    Cli.sql(url, "ALTER TABLE item DROP COLUMN extra"); // undone by hand
    assertThat(migrate("resolve", "--rolled-back", "20250101000000")).as(cli.err).isZero();
    assertThat(cli.out).contains("Marked 20250101000000_item_extra rolled back");
    assertThat(migrate("deploy")).as(cli.err).isZero();
    assertThat(
            Cli.one(
                url,
                "SELECT count(*)::int FROM information_schema.columns WHERE column_name = 'extra'",
                Integer.class))
        .isEqualTo(1);
  }
}
