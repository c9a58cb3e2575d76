package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static io.pgorm.internal.error.Sql.script;
import static io.pgorm.internal.error.Sql.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.CheckViolationException;
import io.pgorm.error.ExclusionViolationException;
import io.pgorm.error.ForeignKeyViolationException;
import io.pgorm.error.NotNullViolationException;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.UniqueViolationException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** SQLSTATE class 23, provoked for real. */
@PgTest
@Tag("smoke")
class IntegrityErrorsTest {

  static TestDatabase db;

  @BeforeAll
  static void createSchema(TestDatabase database) {
    db = database;
    Sql.setUp(
        db.connectionFactory(),
        "CREATE TABLE account (id int PRIMARY KEY, email text NOT NULL UNIQUE,"
            + " age int CONSTRAINT account_age_check CHECK (age >= 0))",
        "CREATE TABLE post (id int PRIMARY KEY, author_id int REFERENCES account (id))",
        "CREATE TABLE booking (id int, during tsrange, EXCLUDE USING gist (during WITH &&))",
        "INSERT INTO account VALUES (1, 'a@b.c', 30)",
        "INSERT INTO booking VALUES (1, '[2026-01-01,2026-01-03)')");
  }

  @Test
  void uniqueViolation() {
    PgOrmException e =
        failure(
            with(
                db.connectionFactory(),
                c -> Sql.run(c, "INSERT INTO account VALUES ($1, $2, $3)", 2, "a@b.c", 41)));

    assertThat(e)
        .isInstanceOf(UniqueViolationException.class)
        .hasMessage(
            "duplicate key value violates unique constraint \"account_email_key\" [23505] on"
                + " table \"account\" — Key (email)=(a@b.c) already exists.");
    assertThat(e.constraint()).isEqualTo("account_email_key");
    assertThat(e.table()).isEqualTo("account");
    assertThat(e.schema()).isEqualTo("public");
    assertThat(e.sql()).isEqualTo("INSERT INTO account VALUES ($1, $2, $3)");
    // The bound age (41) is not in the message: only what the server's detail quotes.
    assertThat(e.getMessage()).doesNotContain("41");
  }

  @Test
  void foreignKeyViolation() {
    PgOrmException e = failure(script(db.connectionFactory(), "INSERT INTO post VALUES (1, 42)"));

    assertThat(e)
        .isInstanceOf(ForeignKeyViolationException.class)
        .hasMessage(
            "insert or update on table \"post\" violates foreign key constraint"
                + " \"post_author_id_fkey\" [23503] — Key (author_id)=(42) is not present in table"
                + " \"account\".");
    assertThat(e.constraint()).isEqualTo("post_author_id_fkey");
    assertThat(e.table()).isEqualTo("post");
  }

  @Test
  void checkViolation() {
    PgOrmException e =
        failure(script(db.connectionFactory(), "INSERT INTO account VALUES (3, 'c@d.e', -1)"));

    assertThat(e)
        .isInstanceOf(CheckViolationException.class)
        .hasMessage(
            "new row for relation \"account\" violates check constraint \"account_age_check\""
                + " [23514] — Failing row contains (3, c@d.e, -1).");
    assertThat(e.constraint()).isEqualTo("account_age_check");
  }

  @Test
  void notNullViolation() {
    PgOrmException e =
        failure(script(db.connectionFactory(), "INSERT INTO account (id) VALUES (4)"));

    assertThat(e)
        .isInstanceOf(NotNullViolationException.class)
        .hasMessage(
            "null value in column \"email\" of relation \"account\" violates not-null constraint"
                + " [23502] — Failing row contains (4, null, null). Hint: Supply a value for the"
                + " column or give it a default.");
    assertThat(e.column()).isEqualTo("email");
    assertThat(e.table()).isEqualTo("account");
  }

  @Test
  void exclusionViolation() {
    PgOrmException e =
        failure(
            script(
                db.connectionFactory(),
                "INSERT INTO booking VALUES (2, '[2026-01-02,2026-01-04)')"));

    assertThat(e)
        .isInstanceOf(ExclusionViolationException.class)
        .hasMessage(
            "conflicting key value violates exclusion constraint \"booking_during_excl\" [23P01]"
                + " on table \"booking\" — Key (during)=([\"2026-01-02 00:00:00\",\"2026-01-04"
                + " 00:00:00\")) conflicts with existing key (during)=([\"2026-01-01"
                + " 00:00:00\",\"2026-01-03 00:00:00\")).");
    assertThat(e.constraint()).isEqualTo("booking_during_excl");
  }
}
