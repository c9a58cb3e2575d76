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

/**
 * {@code pgorm migrate dev|deploy|status|down} on real databases: the workflow of
 * docs/migrations.md, and each way it refuses or fails.
 */
@PgTest
class MigrateCommandsTest {

  static final String V1 =
      """
      model item {
        id   bigint @id
        name text
        note text?
      }
      """;

  static final String V2 =
      """
      enum mood { ok great }

      model item {
        id   bigint @id
        name text
        note text?
        mood mood   @default(ok)
      }
      """;

  /** V2 without column note: data loss. */
  static final String V3 =
      """
      enum mood { ok great }

      model item {
        id   bigint @id
        name text
        mood mood   @default(ok)
      }
      """;

  static DatabaseServer server;
  final Cli cli = new Cli();
  @TempDir Path work;
  Path dir;
  Path schema;
  TestDatabase db;
  String url;

  @BeforeAll
  static void start(TestDatabase classDb) {
    server = classDb.server();
  }

  @BeforeEach
  void setUp() {
    db = server.createTestDatabase("migrate_cli");
    url = db.url();
    dir = work.resolve("migrations");
    schema = work.resolve("schema.pgorm");
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  int dev(String name, String text, String... more) throws IOException {
    Files.writeString(schema, text);
    List<String> args =
        Stream.concat(
                Stream.of(
                    "migrate",
                    "dev",
                    "--schema",
                    schema.toString(),
                    "--url",
                    url,
                    "--dir",
                    dir.toString(),
                    "--name",
                    name),
                Stream.of(more))
            .toList();
    return cli.run(args.toArray(String[]::new));
  }

  int migrate(String command, String... more) {
    List<String> args =
        Stream.concat(
                Stream.of("migrate", command, "--url", url, "--dir", dir.toString()),
                Stream.of(more))
            .toList();
    return cli.run(args.toArray(String[]::new));
  }

  List<Path> migrations() throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  @Test
  void devWritesReviewableFilesThatDeployAppliesAndDownReverses() throws Exception {
    assertThat(dev("init", V1)).as(cli.err).isZero();
    assertThat(migrations()).hasSize(1);
    Path first = migrations().get(0);
    assertThat(first.getFileName().toString()).matches("\\d{14}_init");
    String up = Files.readString(first.resolve("up.sql"));
    assertThat(up).startsWith("-- pgorm:schema-hash ").contains("CREATE TABLE");
    assertThat(Files.readString(first.resolve("down.sql"))).contains("DROP TABLE");
    assertThat(cli.out).startsWith("Wrote " + first + " (up.sql, down.sql): 1 step.");
    // dev does not touch the database
    assertThat(Cli.one(url, "SELECT to_regclass('public.item') IS NULL", Boolean.class)).isTrue();

    assertThat(migrate("deploy")).as(cli.err).isZero();
    assertThat(cli.out).contains("up " + first.getFileName() + ": 1 statement");
    Cli.sql(url, "INSERT INTO item VALUES (1, 'one', 'a note')");

    // Same schema again: nothing to write.
    assertThat(dev("again", V1)).isZero();
    assertThat(cli.out).startsWith("No changes: " + schema + " matches what the 1 migration in");
    assertThat(migrations()).hasSize(1);

    // Pending migrations are replayed before planning: V2 written twice would clash otherwise.
    assertThat(dev("mood", V2)).as(cli.err).isZero();
    assertThat(migrations()).hasSize(2);
    assertThat(dev("mood_again", V2)).as(cli.err).isZero();
    assertThat(cli.out).startsWith("No changes:").contains("the 2 migrations");

    assertThat(migrate("status")).as(cli.out + cli.err).isZero();
    assertThat(cli.out)
        .contains("1 applied, 1 pending", "applied    " + first.getFileName(), "pending ")
        .contains("No drift: the database is what its 1 applied migration makes.");

    assertThat(migrate("deploy")).as(cli.err).isZero();
    assertThat(Cli.one(url, "SELECT mood::text FROM item", String.class)).isEqualTo("ok");

    assertThat(migrate("down", "--steps", "1")).as(cli.err).isZero();
    assertThat(cli.out).startsWith("down " + migrations().get(1).getFileName());
    assertThat(Cli.one(url, "SELECT to_regtype('mood') IS NULL", Boolean.class)).isTrue();
    assertThat(Cli.one(url, "SELECT note FROM item", String.class)).isEqualTo("a note");
  }

  @Test
  void dataLossIsRefusedUnlessAcceptedAndDownSaysWhatItCannotRestore() throws Exception {
    assertThat(dev("init", V2)).isZero();
    assertThat(migrate("deploy")).isZero();

    assertThat(dev("drop_note", V3)).isEqualTo(2);
    assertThat(cli.err)
        .startsWith("Refused: the migration would lose data in 1 step. Nothing written.")
        .contains("drop column public.item.note", "ALTER TABLE", "DROP COLUMN note;")
        .contains("--accept-data-loss");
    assertThat(migrations()).hasSize(1);

    assertThat(dev("drop_note", V3, "--accept-data-loss")).as(cli.err).isZero();
    assertThat(cli.out).contains("DATA_LOSS: drop column public.item.note");
    Path second = migrations().get(1);
    assertThat(Files.readString(second.resolve("up.sql"))).contains("-- hazard DATA_LOSS");
    assertThat(Files.readString(second.resolve("down.sql")))
        .contains("-- not restored: up step 1 (drop column public.item.note)", "ADD COLUMN note");
  }

  @Test
  void driftIsReportedByStatusAndStopsDev() throws Exception {
    assertThat(dev("init", V1)).isZero();
    assertThat(migrate("deploy")).isZero();
    Cli.sql(url, "ALTER TABLE item ADD COLUMN hack int; CREATE INDEX item_name ON item (name)");

    assertThat(migrate("status")).isEqualTo(2);
    assertThat(cli.out)
        .contains("1 applied, 0 pending")
        .contains(
            "Drift: the database differs from what its 1 applied migration makes (2 changes made"
                + " outside the migrations):\n"
                + "  add column public.item.hack\n"
                + "  create index public.item_name on public.item\n");

    assertThat(dev("more", V2)).isEqualTo(2);
    assertThat(cli.err)
        .startsWith("Drift: the database differs")
        .contains("Nothing written (use --ignore-drift");
    assertThat(migrations()).hasSize(1);

    // Written anyway on request: planned from the migrations, not from the drifted database.
    assertThat(dev("more", V2, "--ignore-drift")).as(cli.err).isZero();
    String up = Files.readString(migrations().get(1).resolve("up.sql"));
    assertThat(up).doesNotContain("hack").doesNotContain("item_name");
    // ... and the runner refuses it on the drifted database: its schema hash does not match.
    assertThat(migrate("deploy")).isEqualTo(2);
    assertThat(cli.err).contains(migrations().get(1).getFileName().toString());

    assertThat(migrate("status", "--no-drift")).isEqualTo(2);
    assertThat(cli.out).contains("Drift not checked (--no-drift).");
  }

  @Test
  void aChangedChecksumIsReportedAndBlocksDeploy() throws Exception {
    assertThat(dev("init", V1)).isZero();
    assertThat(migrate("deploy")).isZero();
    Path up = migrations().get(0).resolve("up.sql");
    Files.writeString(up, Files.readString(up) + "\nCREATE TABLE extra (id int);\n");

    assertThat(migrate("status")).isEqualTo(2);
    assertThat(cli.out)
        .contains("ERROR      " + migrations().get(0).getFileName())
        .contains("Drift not checked: the files disagree with the history");
    assertThat(migrate("deploy")).isEqualTo(2);
    assertThat(cli.err).contains(migrations().get(0).getFileName().toString(), "checksum");
    assertThat(dev("more", V2)).isEqualTo(2);
    assertThat(cli.err).contains("cannot be replayed");
  }

  @Test
  void aFailingMigrationNamesFileAndLineAndLeavesTheDatabaseAlone() throws Exception {
    Path m = Files.createDirectories(dir.resolve("20250101000000_broken"));
    Files.writeString(
        m.resolve("up.sql"), "CREATE TABLE t (id int);\n\nINSERT INTO t VALUES ('x');\n");
    assertThat(migrate("deploy")).isEqualTo(3);
    assertThat(cli.err)
        .startsWith("pgorm: ")
        .contains("20250101000000_broken", "up.sql", "line 3", "invalid input syntax");
    assertThat(Cli.one(url, "SELECT to_regclass('public.t') IS NULL", Boolean.class)).isTrue();
  }

  @Test
  void badInputIsReportedWithoutTouchingAnything() throws Exception {
    assertThat(dev("bad name", V1)).isEqualTo(1);
    assertThat(cli.err).startsWith("--name bad name is not a migration name");

    assertThat(dev("init", SchemaCommandsTest.BROKEN)).isEqualTo(1);
    assertThat(cli.err).startsWith(schema + ":3:");
    assertThat(migrations()).isEmpty();

    Path m = Files.createDirectories(dir.resolve("2025_bad"));
    Files.writeString(m.resolve("up.sql"), "SELECT 1;");
    assertThat(migrate("deploy")).isEqualTo(1);
    assertThat(cli.err).startsWith("pgorm: ").contains("2025_bad");

    assertThat(migrate("down", "--steps", "0")).isEqualTo(1);
    assertThat(cli.err).startsWith("--steps must be at least 1, was 0");
  }

  @Test
  void downOfAnIrreversibleMigrationIsRefused() throws Exception {
    Path m = Files.createDirectories(dir.resolve("20250101000000_one_way"));
    Files.writeString(m.resolve("up.sql"), "CREATE TABLE t (id int);\n");
    assertThat(migrate("deploy")).isZero();
    assertThat(migrate("down")).isEqualTo(2);
    assertThat(cli.err).startsWith("pgorm: ").contains("20250101000000_one_way");
    assertThat(Cli.one(url, "SELECT to_regclass('public.t') IS NOT NULL", Boolean.class)).isTrue();
  }

  @Test
  void statusWithoutCreatedbSaysDriftIsNotCheckedAndShowsTheRest() throws Exception {
    Path m = Files.createDirectories(dir.resolve("20250101000000_t"));
    Files.writeString(m.resolve("up.sql"), "CREATE TABLE t (id int);\n");
    url = db.appRole().url(); // NOCREATEDB, with a password
    assertThat(migrate("deploy")).as(cli.err).isZero();
    assertThat(migrate("status")).as(cli.out + cli.err).isZero();
    assertThat(cli.out)
        .contains("1 applied, 0 pending", "applied    20250101000000_t")
        .contains("Drift not checked: ", "(use --shadow-url or --no-drift)")
        .doesNotContain(db.appRole().password());
  }

  @Test
  void devWithoutCreatedbNamesTheShadowUrlOption() throws Exception {
    url = db.appRole().url();
    assertThat(dev("init", V1)).isEqualTo(3);
    assertThat(cli.err)
        .startsWith("pgorm: Shadow database pgorm_shadow_")
        .contains("permission denied to create database")
        .contains("give a URL whose user may CREATE DATABASE")
        .doesNotContain(db.appRole().password());
    assertThat(migrations()).isEmpty();
  }

  @Test
  void everyMigrateCommandHasHelp() {
    for (String c : List.of("dev", "deploy", "status", "down")) {
      assertThat(cli.run("migrate", c, "--help")).isZero();
      assertThat(cli.out).contains("--url=URL", "--dir=DIR");
    }
    assertThat(cli.run("migrate")).isEqualTo(1);
    assertThat(cli.err).startsWith("a migrate command is required");
  }
}
