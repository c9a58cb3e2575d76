package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static io.pgorm.internal.error.Sql.script;
import static io.pgorm.internal.error.Sql.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.DataException;
import io.pgorm.error.PgOrmException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQLSTATE class 22, provoked for real. */
@PgTest
class DataErrorsTest {

  static TestDatabase db;

  @BeforeAll
  static void createSchema(TestDatabase database) {
    db = database;
    Sql.setUp(
        db.connectionFactory(),
        "CREATE TABLE person (id int PRIMARY KEY, code varchar(5), rank smallint)");
  }

  @Test
  void invalidTextRepresentation() {
    PgOrmException e = failure(script(db.connectionFactory(), "SELECT 'abc'::int"));

    assertThat(e)
        .isInstanceOf(DataException.class)
        .hasMessage("invalid input syntax for type integer: \"abc\" [22P02] at character 8");
    assertThat(e.sqlState()).isEqualTo("22P02");
  }

  @Test
  void stringTooLongDoesNotRepeatTheBoundValue() {
    PgOrmException e =
        failure(
            with(
                db.connectionFactory(),
                c -> Sql.run(c, "INSERT INTO person (id, code) VALUES ($1, $2)", 1, "secret-xyz")));

    assertThat(e)
        .isInstanceOf(DataException.class)
        .hasMessage(
            "value too long for type character varying(5) [22001]. Hint: Shorten the value or"
                + " widen the column (the server names no column).");
    assertThat(e.getMessage()).doesNotContain("secret-xyz");
  }

  @Test
  void numericOutOfRange() {
    PgOrmException e =
        failure(script(db.connectionFactory(), "INSERT INTO person (id, rank) VALUES (2, 40000)"));

    assertThat(e)
        .isInstanceOf(DataException.class)
        .hasMessage(
            "smallint out of range [22003]. Hint: Use a wider column type (bigint, numeric) or"
                + " check the value.");
  }

  @Test
  void divisionByZero() {
    PgOrmException e = failure(script(db.connectionFactory(), "SELECT 1 / 0"));

    assertThat(e).isInstanceOf(DataException.class).hasMessage("division by zero [22012]");
  }
}
