package io.pgorm.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.IrreversibleMigrationException;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.migrate.dev.DevPlan;
import io.pgorm.migrate.dev.Drift;
import io.pgorm.migrate.dev.MigrationFiles;
import io.pgorm.migrate.history.HistoryTable;
import io.pgorm.migrate.history.SchemaHash;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every pair of the convergence corpus as {@code pgorm migrate dev} writes it ({@link
 * MigrationFiles}: {@code up.sql} with the schema hash, {@code down.sql} with the reverse plan),
 * run by the real runner: up makes A equal B; down makes it A again; up once more makes it B (its
 * schema hash matches again, so down restored the schema exactly). A pair with a step that cannot
 * be reversed gets an irreversible {@code down.sql}, and {@code down} refuses it without changing
 * anything.
 */
@PgTest
class RunnerRoundTripTest {

  private static final Duration WAIT = Duration.ofSeconds(60);
  private static DatabaseServer server;
  private static PgOrm admin;

  @BeforeAll
  static void start(TestDatabase db) {
    server = db.server();
    admin = Databases.client(db);
  }

  @AfterAll
  static void stop() {
    ConvergenceTest.dropRoles(admin);
    admin.close();
  }

  static List<String> pairs() throws Exception {
    return Corpus.pairs();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void upDownUpThroughMigrationFiles(String pair, @TempDir Path dir) throws Exception {
    String after = Corpus.file(pair, "after.sql");
    try (TestDatabase a = server.createTestDatabase("rt_a");
        TestDatabase b = server.createTestDatabase("rt_b");
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

      Plan plan = SchemaDiff.diff(from, to, ConvergenceTest.ACCEPT);
      Plan none = new Plan(List.of(), List.of(), () -> plan);
      DevPlan dev =
          new DevPlan(
              new Drift(0, none), 0, plan, List.of(), SchemaHash.of(from, HistoryTable.DEFAULT));
      Path m = MigrationFiles.write(dir, "pair", Instant.parse("2026-01-01T00:00:00Z"), dev);

      Migrator migrator = Migrator.create(da, MigratorOptions.builder().location(dir).build());
      MigrationReport up = migrator.migrate().block(WAIT);
      assertThat(up).isNotNull();
      assertThat(lines(da)).as(pair + " up\n" + plan.upSql()).isEqualTo(want);

      if (!plan.stepsWith(HazardKind.NOT_REVERSIBLE).isEmpty()) {
        assertThat(Files.readString(m.resolve("down.sql"))).startsWith("-- pgorm:irreversible ");
        IrreversibleMigrationException e =
            catchThrowableOfType(
                IrreversibleMigrationException.class, () -> migrator.down(1).block(WAIT));
        assertThat(e).as(pair + ": down refused").isNotNull();
        assertThat(lines(da)).as(pair + " after the refused down").isEqualTo(want);
        return;
      }
      migrator.down(1).block(WAIT);
      assertThat(lines(da)).as(pair + " down\n" + plan.downSql()).isEqualTo(before);
      migrator.migrate().block(WAIT);
      assertThat(lines(da)).as(pair + " up, down, up").isEqualTo(want);
    }
  }

  /** The fingerprint without the runner's history table and schema. */
  private static List<String> lines(PgOrm db) {
    return Fingerprint.of(db).lines().stream()
        .filter(l -> !l.contains("pgorm.schema_migrations") && !l.startsWith("schema pgorm "))
        .toList();
  }
}
