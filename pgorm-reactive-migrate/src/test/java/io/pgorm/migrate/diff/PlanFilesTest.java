package io.pgorm.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.files.Directives;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A plan's {@code upSql()} and {@code downSql()} are migration files the runner applies as they are
 * (what {@code pgorm migrate dev} will write, with the schema hash header): up makes A equal B,
 * down makes it A again. The pairs chosen run statements outside transactions (online plans), add
 * enum values that must commit (down of the value removal), and rename.
 */
@PgTest
class PlanFilesTest {

  private static final PlanOptions ONLINE =
      PlanOptions.builder()
          .onlineSafe()
          .lockTimeout(Duration.ofSeconds(5))
          .acceptDataLoss(true)
          .build();

  private static DatabaseServer server;

  @BeforeAll
  static void start(TestDatabase db) {
    server = db.server();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "21-indexes",
        "24-enum-add-values",
        "25-enum-remove-value",
        "06-rename-table",
        "69-check-not-null-online"
      })
  void theRunnerAppliesThePlanAsFiles(String pair, @TempDir Path dir) throws Exception {
    String after = Corpus.file(pair, "after.sql");
    try (TestDatabase a = server.createTestDatabase("files_a");
        TestDatabase b = server.createTestDatabase("files_b");
        PgOrm da = Databases.client(a);
        PgOrm db = Databases.client(b)) {
      Databases.run(da, Corpus.file(pair, "before.sql"));
      String seed = Corpus.file(pair, "seed.sql");
      if (!seed.isBlank()) {
        Databases.run(da, seed);
      }
      Databases.run(db, after);
      SchemaModel from = Databases.introspect(da);
      SchemaModel to = RenameDirectives.apply(after, Databases.introspect(db));
      List<String> before = lines(da);
      List<String> want = lines(db);

      Plan plan = SchemaDiff.diff(from, to, ONLINE);
      Path migration = Files.createDirectories(dir.resolve("20260101000000_" + pair.substring(3)));
      Files.writeString(
          migration.resolve("up.sql"),
          Directives.schemaHash(SchemaHash.of(from, HistoryTable.DEFAULT)) + "\n" + plan.upSql());
      Files.writeString(migration.resolve("down.sql"), plan.downSql());

      Migrator migrator = Migrator.create(da, MigratorOptions.builder().location(dir).build());
      MigrationReport up = migrator.migrate().block(Duration.ofSeconds(60));
      assertThat(up).isNotNull();
      assertThat(lines(da)).as(pair + " up\n" + plan.upSql()).isEqualTo(want);
      migrator.down(1).block(Duration.ofSeconds(60));
      assertThat(lines(da)).as(pair + " down\n" + plan.downSql()).isEqualTo(before);
    }
  }

  /** The fingerprint without the runner's history table and schema. */
  private static List<String> lines(PgOrm db) {
    return Fingerprint.of(db).lines().stream()
        .filter(l -> !l.contains("pgorm.schema_migrations") && !l.startsWith("schema pgorm "))
        .toList();
  }
}
