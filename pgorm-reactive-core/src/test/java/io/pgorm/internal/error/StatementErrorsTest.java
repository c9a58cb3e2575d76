package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static io.pgorm.internal.error.Sql.script;
import static io.pgorm.internal.error.Sql.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.BadSqlException;
import io.pgorm.error.InvalidTransactionStateException;
import io.pgorm.error.PermissionDeniedException;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.ServerError;
import io.pgorm.error.UncategorizedException;
import io.pgorm.test.DatabaseRole;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** Bad SQL (class 42), privileges, transaction state (class 25) and the fallback, for real. */
@PgTest
class StatementErrorsTest {

  static TestDatabase db;

  @BeforeAll
  static void createSchema(TestDatabase database) {
    db = database;
    Sql.setUp(db.connectionFactory(), "CREATE TABLE account (id int PRIMARY KEY, email text)");
  }

  @Test
  void syntaxError() {
    PgOrmException e = failure(script(db.connectionFactory(), "SELEC 1"));

    assertThat(e)
        .isInstanceOf(BadSqlException.class)
        .hasMessage("syntax error at or near \"SELEC\" [42601] at character 1");
  }

  @Test
  void undefinedTable() {
    PgOrmException e = failure(script(db.connectionFactory(), "SELECT * FROM nope"));

    assertThat(e)
        .isInstanceOf(BadSqlException.class)
        .hasMessage(
            "relation \"nope\" does not exist [42P01] at character 15. Hint: Check the name and"
                + " the search_path, and that migrations have run.");
  }

  @Test
  void undefinedColumn() {
    PgOrmException e = failure(script(db.connectionFactory(), "SELECT emial FROM account"));

    assertThat(e)
        .isInstanceOf(BadSqlException.class)
        .hasMessage(
            "column \"emial\" does not exist [42703] at character 8. Hint: Perhaps you meant to"
                + " reference the column \"account.email\".");
  }

  @Test
  void undefinedFunction() {
    PgOrmException e = failure(script(db.connectionFactory(), "SELECT nope(1)"));

    assertThat(e)
        .isInstanceOf(BadSqlException.class)
        .hasMessage(
            "function nope(integer) does not exist [42883] at character 8. Hint: No function"
                + " matches the given name and argument types. You might need to add explicit type"
                + " casts.");
  }

  @Test
  void insufficientPrivilegeAsNonSuperuser() {
    DatabaseRole app = db.appRole(); // gets rights on every table; take them back on one
    Sql.setUp(
        db.connectionFactory(),
        "CREATE TABLE secret (id int)",
        "REVOKE ALL ON secret FROM " + app.user());

    PgOrmException e = failure(script(app.connectionFactory(), "SELECT * FROM secret"));

    assertThat(e)
        .isInstanceOf(PermissionDeniedException.class)
        .hasMessage(
            "permission denied for table secret [42501]. Hint: Grant the privilege to the"
                + " connecting role, or check row-level security.");
  }

  @Test
  void writeInReadOnlyTransaction() {
    PgOrmException e =
        failure(
            script(
                db.connectionFactory(),
                "BEGIN",
                "SET TRANSACTION READ ONLY",
                "INSERT INTO account VALUES (1, 'a@b.c')"));

    assertThat(e)
        .isInstanceOf(InvalidTransactionStateException.class)
        .hasMessage(
            "cannot execute INSERT in a read-only transaction [25006]. Hint: The transaction is"
                + " read-only (SET TRANSACTION READ ONLY, default_transaction_read_only, or a"
                + " standby): write in a read-write transaction on the primary.");
  }

  @Test
  void statementAfterAnErrorInTheSameTransaction() {
    PgOrmException e =
        failure(
            with(
                db.connectionFactory(),
                c ->
                    Sql.run(c, "BEGIN")
                        .then(Sql.run(c, "SELECT 1 / 0").onErrorResume(first -> Mono.empty()))
                        .then(Sql.run(c, "SELECT 1"))));

    assertThat(e)
        .isInstanceOf(InvalidTransactionStateException.class)
        .hasMessage(
            "current transaction is aborted, commands ignored until end of transaction block"
                + " [25P02]. Hint: An earlier statement in this transaction failed: roll back and"
                + " look at it.");
  }

  @Test
  void raiseExceptionFallsBackKeepingTheSqlState() {
    PgOrmException e =
        failure(
            script(
                db.connectionFactory(),
                "DO $$ BEGIN RAISE EXCEPTION 'account % is locked', 7"
                    + " USING DETAIL = 'Locked by an administrator.'; END $$"));

    assertThat(e)
        .isInstanceOf(UncategorizedException.class)
        .hasMessage("account 7 is locked [P0001] — Locked by an administrator.");
    assertThat(e.sqlState()).isEqualTo("P0001");
    assertThat(e.serverError())
        .extracting(ServerError::where)
        .isEqualTo("PL/pgSQL function inline_code_block line 1 at RAISE");
  }
}
