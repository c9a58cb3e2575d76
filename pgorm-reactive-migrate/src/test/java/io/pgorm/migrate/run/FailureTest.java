package io.pgorm.migrate.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.pgorm.error.BadSqlException;
import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.MigrationFailedException;
import io.pgorm.migrate.MigrationProblem;
import io.pgorm.migrate.MigrationResult;
import io.pgorm.migrate.files.Migration;
import io.pgorm.migrate.files.SqlStatement;
import io.pgorm.test.DatabaseServer;
import io.pgorm.test.PgTest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A migration that fails: what it leaves behind, and what the error says. */
@PgTest
class FailureTest {

  static final String FIRST = "20250101000000_customer";
  static final String FAILING = "20250102000000_orders";
  static final String LATER = "20250103000000_later";

  Fixture f;

  @BeforeEach
  void setUp(DatabaseServer server, @TempDir Path dir) {
    f = Fixture.create(server, dir);
  }

  @AfterEach
  void tearDown() {
    f.close();
  }

  @Test
  void aFailingMigrationLeavesSchemaAndHistoryAsTheyWere() {
    f.write(FIRST, "CREATE TABLE customer (id bigint PRIMARY KEY);", null);
    f.migrate();
    String before = f.snapshot();
    f.write(
        FAILING,
        "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer);\n"
            + "CREATE INDEX orders_customer_idx ON orders (customer_id);\n"
            + "-- the mistake:\n"
            + "INSERT INTO missing_table\n"
            + "  VALUES (1);\n"
            + "CREATE TYPE never AS ENUM ('x');\n",
        null);
    f.write(LATER, "CREATE TABLE later (id int);", null);

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());

    assertThat(e)
        .hasMessage(
            "Migration "
                + FAILING
                + " failed at "
                + f.dir
                + "/"
                + FAILING
                + "/up.sql line 4 (statement 3 of 4): relation \"missing_table\" does not exist"
                + " [42P01] at character 13. Hint: Check the name and the search_path, and that"
                + " migrations have run. Statement: INSERT INTO missing_table VALUES (1)."
                + " Rolled back: the schema and the history are as they were before this migration."
                + " Later migrations were not run.");
    assertThat(e.sqlState()).isEqualTo("42P01");
    assertThat(e.getCause()).isInstanceOf(BadSqlException.class);
    assertThat(e.serverError()).isNotNull();
    assertThat(e.serverError().message()).isEqualTo("relation \"missing_table\" does not exist");
    assertThat(e.version()).isEqualTo("20250102000000");
    assertThat(e.migrationName()).isEqualTo("orders");
    assertThat(e.direction()).isEqualTo(MigrationDirection.UP);
    assertThat(e.file()).isEqualTo(f.dir + "/" + FAILING + "/up.sql");
    assertThat(e.line()).isEqualTo(4);
    assertThat(e.statementNumber()).isEqualTo(3);
    assertThat(e.statement().sql()).isEqualTo("INSERT INTO missing_table\n  VALUES (1)");
    assertThat(e.committedStatements()).isEmpty();
    assertThat(e.report().migrations()).isEmpty();

    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(f.status().pending()).extracting(Migration::id).containsExactly(FAILING, LATER);
  }

  @Test
  void migrationsBeforeTheFailingOneInTheSameRunStayApplied() {
    f.write(FIRST, "CREATE TABLE customer (id bigint PRIMARY KEY);", null);
    f.write(FAILING, "CREATE TABLE orders (id int);\nSELECT 1/0;", null);
    f.write(LATER, "CREATE TABLE later (id int);", null);

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());

    assertThat(e.getMessage())
        .contains(
            "up.sql line 2 (statement 2 of 2): division by zero [22012]. Statement: SELECT 1/0.");
    assertThat(e.report().migrations()).extracting(MigrationResult::id).containsExactly(FIRST);
    assertThat(f.rows("SELECT version || ' ' || state FROM pgorm.schema_migrations"))
        .containsExactly("20250101000000 applied");
    assertThat(f.one("SELECT to_regclass('orders') IS NULL AND to_regclass('later') IS NULL"))
        .isEqualTo("true");
  }

  @Test
  void statementsThatCommittedOnTheirOwnAreReportedAndTheNextRunResumes() {
    f.write(
        FAILING,
        "CREATE TABLE orders (id int);\n"
            + "CREATE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n"
            + "INSERT INTO audit VALUES (1);\n"
            + "CREATE TABLE orders_archive (id int);\n",
        null);

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());

    assertThat(e)
        .hasMessageEndingWith(
            "up.sql line 3 (statement 3 of 4): relation \"audit\" does not exist [42P01] at"
                + " character 13. Hint: Check the name and the search_path, and that migrations"
                + " have run. Statement: INSERT INTO audit VALUES (1). Rolled back to the last"
                + " commit; these statements had committed before and stay: line 1 (CREATE TABLE"
                + " orders (id int)), line 2 (CREATE INDEX CONCURRENTLY orders_id_idx ON orders"
                + " (id)). The history records the migration as failed after 2 of 4 statements;"
                + " the next migrate runs it from statement 3 (line 3). Later migrations were not"
                + " run.");
    assertThat(e.committedStatements())
        .extracting(SqlStatement::line, SqlStatement::noTransaction)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, false),
            org.assertj.core.groups.Tuple.tuple(2, true));
    assertThat(
            f.one(
                "SELECT state || ' ' || statements_applied || '/' || statements || ' '"
                    + " || no_transaction_statements || ' ' || error FROM pgorm.schema_migrations"))
        .isEqualTo(
            "failed 2/4 1 statement 3 (line 3): relation \"audit\" does not exist [42P01] at"
                + " character 13. Hint: Check the name and the search_path, and that migrations"
                + " have run.");
    assertThat(f.status().problems())
        .extracting(MigrationProblem::kind, MigrationProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                MigrationProblem.Kind.INCOMPLETE,
                FAILING
                    + " failed part-way: 2 of 4 statements committed. The next migrate runs "
                    + f.dir
                    + "/"
                    + FAILING
                    + "/up.sql from statement 3. Last error: statement 3 (line 3): relation"
                    + " \"audit\" does not exist [42P01] at character 13. Hint: Check the name and"
                    + " the search_path, and that migrations have run."));

    f.run("CREATE TABLE audit (id int)");
    MigrationResult resumed = f.migrate().migrations().get(0);

    assertThat(resumed.skippedStatements()).isEqualTo(2);
    assertThat(resumed.statements()).isEqualTo(2);
    assertThat(
            f.one(
                "SELECT state || ' ' || statements_applied || ' ' || no_transaction_statements"
                    + " || ' ' || coalesce(error, '-') FROM pgorm.schema_migrations"))
        .isEqualTo("applied 4 1 -");
    assertThat(f.one("SELECT count(*) FROM audit")).isEqualTo("1");
  }

  @Test
  void aFailedConcurrentIndexBuildSaysToDropTheInvalidIndex() {
    f.write(
        FAILING,
        "CREATE TABLE t (a int);\nINSERT INTO t VALUES (1), (1);\n"
            + "CREATE UNIQUE INDEX CONCURRENTLY t_a ON t (a);\n",
        null);
    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());
    assertThat(e.sqlState()).isEqualTo("23505");
    assertThat(e)
        .hasMessageContaining("could not create unique index \"t_a\" [23505] on table \"t\"")
        .hasMessageEndingWith(
            " Hint: a failed CREATE INDEX CONCURRENTLY leaves an invalid index behind; drop it"
                + " before running the migration again.");
    assertThat(f.one("SELECT indisvalid FROM pg_index WHERE indexrelid = 't_a'::regclass"))
        .isEqualTo("false");
  }

  @Test
  void aDeferredConstraintThatFailsAtCommitNamesTheCommit() {
    f.migrate(); // nothing to apply yet: creates the history table
    f.write(
        FAILING,
        "CREATE TABLE p (id int PRIMARY KEY);\n"
            + "CREATE TABLE c (p int REFERENCES p DEFERRABLE INITIALLY DEFERRED);\n"
            + "INSERT INTO c VALUES (1);\n",
        null);
    String before = f.snapshot();

    MigrationFailedException e =
        catchThrowableOfType(MigrationFailedException.class, () -> f.migrate());

    assertThat(e)
        .hasMessage(
            "Migration "
                + FAILING
                + " failed at the COMMIT after "
                + f.dir
                + "/"
                + FAILING
                + "/up.sql line 3 (statement 3 of 3; deferred constraints are checked at COMMIT):"
                + " insert or update on table \"c\" violates foreign key constraint \"c_p_fkey\""
                + " [23503] — Key (p)=(1) is not present in table \"p\". Rolled back: the schema"
                + " and the history are as they were before this migration. Later migrations were"
                + " not run.");
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void aFailedRowWhoseStatementsAllCommittedIsMarkedApplied() {
    f.migrate(); // creates the history table
    String up = "CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY a_id ON a (id);\n";
    f.write(FAILING, up, null);
    f.run("CREATE TABLE a (id int); CREATE INDEX a_id ON a (id)");
    // As if the runner had stopped between the last statement and its history row.
    f.run(
        "INSERT INTO pgorm.schema_migrations VALUES ('20250102000000', 'orders', '"
            + io.pgorm.migrate.history.Checksums.of(up)
            + "', 'failed', 2, 2, 1, 5, 'me', 'test', now(), NULL, NULL, NULL)");

    MigrationResult r = f.migrate().migrations().get(0);

    assertThat(r.statements()).isZero();
    assertThat(r.skippedStatements()).isEqualTo(2);
    assertThat(f.one("SELECT state || ' ' || statements_applied FROM pgorm.schema_migrations"))
        .isEqualTo("applied 2");
  }
}
