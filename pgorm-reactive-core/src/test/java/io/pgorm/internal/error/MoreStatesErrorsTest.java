package io.pgorm.internal.error;

import static io.pgorm.internal.error.Sql.failure;
import static io.pgorm.internal.error.Sql.script;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.error.BadSqlException;
import io.pgorm.error.ObjectStateException;
import io.pgorm.error.PgOrmException;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQLSTATEs mapped by their class that other tests do not reach: 55P04, 26000, 3F000. */
@PgTest
class MoreStatesErrorsTest {

  static TestDatabase db;

  @BeforeAll
  static void createSchema(TestDatabase database) {
    db = database;
    Sql.setUp(db.connectionFactory(), "CREATE TYPE mood AS ENUM ('ok')");
  }

  @Test
  void newEnumValueUsedBeforeItsCommit() {
    // One simple-query string runs as one implicit transaction.
    PgOrmException e =
        failure(
            script(
                db.connectionFactory(), "ALTER TYPE mood ADD VALUE 'great'; SELECT 'great'::mood"));
    assertThat(e).isInstanceOf(ObjectStateException.class).hasMessageContaining("[55P04]");
    assertThat(e.sqlState()).isEqualTo("55P04");
    assertThat(e.getMessage()).contains("unsafe use of new value \"great\" of enum type mood");
  }

  @Test
  void unknownPreparedStatement() {
    PgOrmException e = failure(script(db.connectionFactory(), "EXECUTE nope"));
    assertThat(e)
        .isInstanceOf(BadSqlException.class)
        .hasMessageStartingWith("prepared statement \"nope\" does not exist [26000]");
  }

  @Test
  void unknownSchema() {
    PgOrmException e = failure(script(db.connectionFactory(), "CREATE TABLE nosuch.t (id int)"));
    assertThat(e)
        .isInstanceOf(BadSqlException.class)
        .hasMessageStartingWith("schema \"nosuch\" does not exist [3F000]");
  }
}
