package io.pgorm.migrate.internal.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.migrate.files.SqlSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the runner commits: pure, no database. */
class StepsTest {

  private static List<String> steps(String sql, int from, boolean noTransaction) {
    return Steps.of(SqlSplitter.split(sql), from, noTransaction).stream()
        .map(
            s ->
                (s.transactional() ? "tx" : "alone")
                    + s.statements().stream().map(n -> " " + n.number()).reduce("", String::concat))
        .toList();
  }

  @Test
  void oneTransactionWhenNothingNeedsMore() {
    assertThat(steps("SELECT 1; SELECT 2; SELECT 3", 0, false)).containsExactly("tx 1 2 3");
  }

  @Test
  void statementsThatCannotRunInATransactionRunAlone() {
    assertThat(
            steps(
                "CREATE TABLE t (a int); CREATE INDEX CONCURRENTLY i ON t (a);"
                    + " VACUUM t; SELECT 1; SELECT 2",
                0,
                false))
        .containsExactly("tx 1", "alone 2", "alone 3", "tx 4 5");
  }

  @Test
  void aCommitFollowsARunOfAddValue() {
    assertThat(
            steps(
                "CREATE TABLE x (a int); ALTER TYPE m ADD VALUE 'a'; ALTER TYPE m ADD VALUE 'b';"
                    + " INSERT INTO t VALUES ('a'); ALTER TYPE m ADD VALUE 'c'",
                0,
                false))
        .containsExactly("tx 1 2 3", "tx 4 5");
  }

  @Test
  void aResumedMigrationStartsAfterWhatCommitted() {
    assertThat(
            steps("SELECT 1; CREATE INDEX CONCURRENTLY i ON t (a); SELECT 3; SELECT 4", 2, false))
        .containsExactly("tx 3 4");
  }

  @Test
  void aNoTransactionFileRunsEveryStatementAlone() {
    assertThat(steps("SELECT 1; SELECT 2", 0, true)).containsExactly("alone 1", "alone 2");
  }
}
