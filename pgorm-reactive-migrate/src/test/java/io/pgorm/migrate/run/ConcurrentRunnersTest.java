package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.Migrator;
import io.pgorm.migrate.MigratorOptions;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Eight instances booting at once on one database apply each migration exactly once. Each migration
 * fails if it runs twice (CREATE without IF NOT EXISTS, and an INSERT into a table with a primary
 * key).
 */
@PgTest
class ConcurrentRunnersTest {

  static final int RUNNERS = 8;

  @ParameterizedTest(name = "shared client: {0}")
  @ValueSource(booleans = {false, true})
  void eightRunnersStartedAtOnceApplyEachMigrationOnce(
      boolean sharedClient, DatabaseServer server, @TempDir Path dir) throws Exception {
    try (Fixture f = Fixture.create(server, dir)) {
      f.write(
          "20250101000000_first",
          "CREATE TABLE applied (migration text PRIMARY KEY);\n"
              + "INSERT INTO applied VALUES ('first');\n"
              + "SELECT pg_sleep(0.1);\n"
              + "CREATE TABLE customer (id int);\n",
          null);
      f.write(
          "20250102000000_mood",
          "CREATE TYPE mood AS ENUM ('ok');\n"
              + "ALTER TYPE mood ADD VALUE 'great';\n"
              + "CREATE TABLE feeling (m mood DEFAULT 'great');\n"
              + "INSERT INTO applied VALUES ('mood');\n",
          null);
      f.write(
          "20250103000000_index",
          "CREATE INDEX CONCURRENTLY customer_id_idx ON customer (id);\n"
              + "INSERT INTO applied VALUES ('index');\n",
          null);
      List<PgOrm> clients = new ArrayList<>();
      for (int i = 0; i < RUNNERS; i++) {
        clients.add(sharedClient ? f.db : Databases.client(f.database));
      }
      CyclicBarrier start = new CyclicBarrier(RUNNERS);
      ExecutorService pool = Executors.newFixedThreadPool(RUNNERS);
      try {
        List<Future<MigrationReport>> runs = new ArrayList<>();
        for (PgOrm client : clients) {
          Migrator migrator =
              Migrator.create(client, MigratorOptions.builder().location(dir).build());
          runs.add(
              pool.submit(
                  () -> {
                    start.await(10, TimeUnit.SECONDS);
                    return migrator.migrate().block(Fixture.TIMEOUT);
                  }));
        }
        List<String> applied = new ArrayList<>();
        for (Future<MigrationReport> run : runs) {
          run.get(60, TimeUnit.SECONDS).migrations().stream()
              .map(MigrationResult::id)
              .forEach(applied::add);
        }

        assertThat(applied)
            .containsExactlyInAnyOrder(
                "20250101000000_first", "20250102000000_mood", "20250103000000_index");
        assertThat(f.rows("SELECT migration FROM applied ORDER BY migration"))
            .containsExactly("first", "index", "mood");
        assertThat(
                f.rows(
                    "SELECT version || ' ' || state FROM pgorm.schema_migrations ORDER BY version"))
            .containsExactly(
                "20250101000000 applied", "20250102000000 applied", "20250103000000 applied");
      } finally {
        pool.shutdownNow();
        if (!sharedClient) {
          clients.forEach(PgOrm::close);
        }
      }
    }
  }
}
