package io.pgorm.migrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Online-safe plans: indexes built and dropped concurrently outside transactions, keys added {@code
 * USING INDEX}, checks and foreign keys added {@code NOT VALID} then validated, a {@code
 * lock_timeout} first. The corpus pairs that exercise them converge just the same.
 */
@PgTest
class OnlinePlanTest {

  private static final PlanOptions ONLINE =
      PlanOptions.builder()
          .onlineSafe()
          .lockTimeout(Duration.ofSeconds(5))
          .acceptDataLoss(true)
          .build();

  private static final Corpus.Report REPORT = new Corpus.Report();
  private static DatabaseServer server;
  private static PgOrm admin;
  private static boolean dump;

  @BeforeAll
  static void start(TestDatabase db) {
    server = db.server();
    admin = Databases.client(db);
    dump = PgDump.usable(Databases.serverMajor(admin));
  }

  @AfterAll
  static void stop() {
    REPORT.print("Online plans");
    admin.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "15-primary-key",
        "16-unique",
        "17-check",
        "18-foreign-keys",
        "21-indexes",
        "34-matview",
        "44-partitions-range",
        "69-check-not-null-online"
      })
  void converges(String pair) throws Exception {
    Corpus.check(server, pair, ONLINE, dump, REPORT);
  }

  @Test
  void theOnlinePlanUsesConcurrentIndexesNotValidConstraintsAndALockTimeout() throws Exception {
    try (TestDatabase a = server.createTestDatabase("online_a");
        TestDatabase b = server.createTestDatabase("online_b");
        PgOrm da = Databases.client(a);
        PgOrm db = Databases.client(b)) {
      Databases.run(da, Corpus.file("69-check-not-null-online", "before.sql"));
      Databases.run(db, Corpus.file("69-check-not-null-online", "after.sql"));
      SchemaModel from = Databases.introspect(da);
      SchemaModel to = Databases.introspect(db);
      Plan plan = SchemaDiff.diff(from, to, ONLINE);
      assertThat(plan.steps().get(0).statements()).containsExactly("SET lock_timeout = '5000ms'");
      assertThat(plan.upSql()).startsWith("-- pgorm plan: 9 steps\n-- pgorm:lock-timeout 5000ms\n");
      assertThat(plan.upSql()).doesNotContain("SET lock_timeout");
      assertThat(plan.statements())
          .contains(
              "CREATE INDEX CONCURRENTLY big_v_idx ON public.big USING btree (v)",
              "CREATE UNIQUE INDEX CONCURRENTLY big_pkey ON public.big USING btree (id)",
              "ALTER TABLE public.big ADD CONSTRAINT big_pkey PRIMARY KEY USING INDEX big_pkey",
              "ALTER TABLE public.big ADD CONSTRAINT big_v_check CHECK ((v >= 0)) NOT VALID",
              "ALTER TABLE public.big VALIDATE CONSTRAINT big_v_check",
              "ALTER TABLE public.big ADD CONSTRAINT big_ref_fkey FOREIGN KEY (ref)"
                  + " REFERENCES public.other (id) NOT VALID",
              "ALTER TABLE public.big VALIDATE CONSTRAINT big_ref_fkey");
      assertThat(plan.steps().stream().filter(s -> !s.transactional()).map(Step::statements))
          .allSatisfy(s -> assertThat(s).singleElement().asString().contains("CONCURRENTLY"))
          .hasSize(2);
      assertThat(plan.upSql())
          .contains(
              "create index public.big_v_idx on public.big\n"
                  + "-- (runs on its own, outside a transaction)\n"
                  + "CREATE INDEX CONCURRENTLY big_v_idx ON public.big USING btree (v);\n");
      assertThat(plan.statements())
          .contains(
              "ALTER TABLE public.big ADD CONSTRAINT big_id_pgorm_nn CHECK (id IS NOT NULL) NOT VALID",
              "ALTER TABLE public.big VALIDATE CONSTRAINT big_id_pgorm_nn",
              "ALTER TABLE public.big ALTER COLUMN id SET NOT NULL",
              "ALTER TABLE public.big DROP CONSTRAINT big_id_pgorm_nn");
      assertThat(plan.stepsWith(HazardKind.LONG_LOCK)).as("the online plan").isEmpty();
      assertThat(SchemaDiff.diff(from, to).stepsWith(HazardKind.LONG_LOCK))
          .as("the plain plan locks")
          .isNotEmpty();
    }
  }
}
