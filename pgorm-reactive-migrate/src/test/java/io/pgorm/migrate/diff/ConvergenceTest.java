package io.pgorm.migrate.diff;

import io.pgorm.PgOrm;
import io.pgorm.migrate.Databases;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's core test: for every before/after pair of the corpus ({@code
 * src/test/resources/convergence/NN-name/}), database A gets {@code before.sql} (and {@code
 * seed.sql}, rows, if there is one), database B {@code after.sql}; the plan between their
 * introspected schemas (rename hints from {@code after.sql}'s {@code -- renamed} lines) applied to
 * A makes A equal B by the catalog {@link Fingerprint} (every object's {@code pg_get_*def} form,
 * columns by name), by the IR (columns by name), by a second diff (empty), and on a PostgreSQL 15
 * server by {@code pg_dump --schema-only} (skipped elsewhere: the embedded PostgreSQL 17 ships no
 * pg_dump and pg_dump 15 refuses a 17 server). Then the reverse plan applied to B makes it equal A
 * as it was, and A goes down and up again. Diffing either side against itself gives nothing, not
 * even a note. Column order, which PostgreSQL cannot change, is compared apart: where it differs
 * the plan must say so in a note, and the run prints it.
 */
@PgTest
class ConvergenceTest {

  static final PlanOptions ACCEPT = PlanOptions.builder().acceptDataLoss(true).build();

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
    REPORT.print("Convergence corpus");
    dropRoles(admin);
    admin.close();
  }

  /** The roles some pairs create: cluster-wide, dropped once the databases are gone. */
  static void dropRoles(PgOrm admin) {
    Databases.run(
        admin, "DROP ROLE IF EXISTS pgorm_cv_reader; DROP ROLE IF EXISTS pgorm_cv_writer");
  }

  static List<String> pairs() throws Exception {
    return Corpus.pairs();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pairs")
  void converges(String pair) throws Exception {
    Corpus.check(server, pair, ACCEPT, dump, REPORT);
  }
}
