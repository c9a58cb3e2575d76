package io.pgorm.migrate.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.migrate.MigrationFileException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The splitter on tricky SQL: no database needed. */
class SqlSplitterTest {

  private static List<String> sql(String text) {
    return SqlSplitter.split(text).stream().map(SqlStatement::sql).toList();
  }

  @Test
  void splitsAtSemicolonsAndRecordsTheLineEachStatementStartsOn() {
    List<SqlStatement> s =
        SqlSplitter.split(
            "CREATE TABLE a (id int);\n\n  -- a comment\n  INSERT INTO a\n VALUES (1)");
    assertThat(s)
        .extracting(SqlStatement::sql, SqlStatement::line)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CREATE TABLE a (id int)", 1),
            org.assertj.core.groups.Tuple.tuple("INSERT INTO a\n VALUES (1)", 4));
  }

  @Test
  void dropsEmptyStatementsAndTrailingComments() {
    assertThat(sql(";;SELECT 1;; -- done\n/* end */")).containsExactly("SELECT 1");
    assertThat(sql("  -- only a comment\n")).isEmpty();
  }

  @Test
  void standardStringsKeepDoubledQuotesAndLiteralBackslashes() {
    assertThat(sql("SELECT 'it''s; fine'; SELECT 'C:\\'; SELECT 3"))
        .containsExactly("SELECT 'it''s; fine'", "SELECT 'C:\\'", "SELECT 3");
  }

  @Test
  void escapeStringsHonourBackslashes() {
    assertThat(sql("SELECT E'it\\'s; \\\\'; SELECT e'\\\\'; SELECT 3"))
        .containsExactly("SELECT E'it\\'s; \\\\'", "SELECT e'\\\\'", "SELECT 3");
    // Only a lone E opens an escape string: "note" followed by a quote is an identifier and a
    // standard string, where the backslash is an ordinary character.
    assertThat(sql("SELECT 'a' note'\\'; SELECT 2"))
        .containsExactly("SELECT 'a' note'\\'", "SELECT 2");
  }

  @Test
  void dollarQuotesWithAndWithoutTags() {
    String fn =
        "CREATE FUNCTION f(a int) RETURNS int LANGUAGE plpgsql AS $body$\n"
            + "BEGIN\n"
            + "  PERFORM $$ nested; $$;\n"
            + "  RETURN $1 + 1; -- not a comment; inside the body\n"
            + "END $body$";
    List<SqlStatement> s = SqlSplitter.split(fn + ";\nDO $$ BEGIN NULL; END $$;\nSELECT $1");
    assertThat(s)
        .extracting(SqlStatement::sql)
        .containsExactly(fn, "DO $$ BEGIN NULL; END $$", "SELECT $1");
    assertThat(s).extracting(SqlStatement::line).containsExactly(1, 6, 7);
  }

  @Test
  void dollarSignsInsideIdentifiersAreNotQuotes() {
    assertThat(sql("SELECT a$b$ FROM t$x; SELECT 2"))
        .containsExactly("SELECT a$b$ FROM t$x", "SELECT 2");
  }

  @Test
  void quotedIdentifiers() {
    assertThat(sql("CREATE TABLE \"we;ird\"\"name\" (\"a'\" int); SELECT 1"))
        .containsExactly("CREATE TABLE \"we;ird\"\"name\" (\"a'\" int)", "SELECT 1");
  }

  @Test
  void lineAndNestedBlockComments() {
    List<SqlStatement> s =
        SqlSplitter.split(
            "-- don't; split\n/* outer /* inner; ' */ still; \" */ SELECT 1 /* ; */ -- ;\n;SELECT 2");
    assertThat(s).extracting(SqlStatement::sql).containsExactly("SELECT 1", "SELECT 2");
    assertThat(s).extracting(SqlStatement::line).containsExactly(2, 3);
  }

  @Test
  void sqlStandardBodiesKeepTheirSemicolons() {
    String fn =
        "CREATE OR REPLACE FUNCTION total() RETURNS bigint LANGUAGE sql\n"
            + "BEGIN ATOMIC\n"
            + "  SELECT 1;\n"
            + "  SELECT CASE WHEN true THEN 1 ELSE 2 END;\n"
            + "END";
    String proc = "CREATE PROCEDURE p() LANGUAGE sql BEGIN ATOMIC INSERT INTO t VALUES (1); END";
    assertThat(sql(fn + ";\n" + proc + "; SELECT CASE WHEN true THEN 1 END; SELECT 2"))
        .containsExactly(fn, proc, "SELECT CASE WHEN true THEN 1 END", "SELECT 2");
  }

  @Test
  void semicolonsInsideParenthesesDoNotEndAStatement() {
    String rule = "CREATE RULE r AS ON INSERT TO t DO ALSO (INSERT INTO log VALUES (1); NOTIFY t)";
    assertThat(sql(rule + "; SELECT 1")).containsExactly(rule, "SELECT 1");
  }

  @Test
  void linesCountNewlinesInsideStringsAndComments() {
    List<SqlStatement> s =
        SqlSplitter.split("SELECT 'a\nb';\n/*\n\n*/\nSELECT $$\n$$;\n\"x\ny\";SELECT 4");
    assertThat(s).extracting(SqlStatement::line).containsExactly(1, 6, 8, 9);
  }

  @Test
  void statementsThatCannotRunInATransaction() {
    assertThat(noTx("CREATE INDEX CONCURRENTLY i ON t (a)")).isTrue();
    assertThat(noTx("create unique index concurrently if not exists i on t (a)")).isTrue();
    assertThat(noTx("DROP INDEX CONCURRENTLY IF EXISTS i")).isTrue();
    assertThat(noTx("REINDEX (VERBOSE) INDEX CONCURRENTLY i")).isTrue();
    assertThat(noTx("REINDEX SCHEMA app")).isTrue();
    assertThat(noTx("VACUUM (ANALYZE) t")).isTrue();
    assertThat(noTx("ALTER SYSTEM SET work_mem = '64MB'")).isTrue();
    assertThat(noTx("CREATE DATABASE x")).isTrue();
    assertThat(noTx("ALTER DATABASE x SET TABLESPACE fast")).isTrue();
    assertThat(noTx("ALTER TABLE p DETACH PARTITION p_2020 CONCURRENTLY")).isTrue();

    assertThat(noTx("CREATE INDEX i ON t (a)")).isFalse();
    assertThat(noTx("CREATE INDEX /* CONCURRENTLY */ i ON t (a)")).isFalse();
    assertThat(noTx("CREATE INDEX \"CONCURRENTLY\" ON t (a)")).isFalse();
    assertThat(noTx("REINDEX INDEX i")).isFalse();
    assertThat(noTx("ALTER TABLE p DETACH PARTITION p_2020")).isFalse();
    assertThat(noTx("ALTER DATABASE x SET work_mem = '1MB'")).isFalse();
    assertThat(noTx("SELECT 'VACUUM'")).isFalse();
  }

  @Test
  void addValueCommitsBeforeTheValueIsUsed() {
    List<SqlStatement> s =
        SqlSplitter.split(
            "ALTER TYPE mood ADD VALUE 'ok';"
                + "ALTER TYPE app.mood ADD VALUE IF NOT EXISTS 'meh' BEFORE 'ok';"
                + "ALTER TYPE mood RENAME VALUE 'meh' TO 'so-so';"
                + "ALTER TYPE mood ADD ATTRIBUTE x int");
    assertThat(s).extracting(SqlStatement::commitAfter).containsExactly(true, true, false, false);
    assertThat(s).extracting(SqlStatement::noTransaction).containsOnly(false);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "BEGIN",
        "begin transaction",
        "COMMIT",
        "END",
        "ROLLBACK",
        "START TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "SAVEPOINT s"
      })
  void transactionControlIsRefusedWithTheLine(String control) {
    assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\n" + control + ";", "db/m/up.sql"))
        .isInstanceOf(MigrationFileException.class)
        .hasMessageStartingWith("db/m/up.sql line 2: ")
        .hasMessageContaining(
            " has no place in a migration file: the runner runs each migration in a transaction of"
                + " its own. Hint: remove the transaction control statements;");
  }

  @Test
  void unterminatedTextIsAnErrorNamingWhereItStarts() {
    assertThatThrownBy(() -> SqlSplitter.split("SELECT 1;\nSELECT $fn$ x;\n", "up.sql"))
        .isInstanceOf(MigrationFileException.class)
        .hasMessage(
            "up.sql line 2: unterminated dollar-quoted string $fn$. Hint: close it with $fn$.")
        .satisfies(e -> assertThat(((MigrationFileException) e).line()).isEqualTo(2));
    assertThatThrownBy(() -> SqlSplitter.split("\n\nSELECT 'abc;", "up.sql"))
        .hasMessage("up.sql line 3: unterminated string constant. Hint: close it with '.");
    assertThatThrownBy(() -> SqlSplitter.split("SELECT E'abc\\';", "up.sql"))
        .hasMessage("up.sql line 1: unterminated escape string constant. Hint: close it with '.");
    assertThatThrownBy(() -> SqlSplitter.split("SELECT \"abc;", "up.sql"))
        .hasMessage("up.sql line 1: unterminated quoted identifier. Hint: close it with \".");
    assertThatThrownBy(() -> SqlSplitter.split("/* a /* b */ SELECT 1;", "up.sql"))
        .hasMessage(
            "up.sql line 1: unterminated block comment. Hint: block comments nest: close each /*"
                + " with */.");
  }

  @Test
  void abbreviatesForMessages() {
    SqlStatement s = new SqlStatement("INSERT INTO t\n   VALUES (1, 2, 3)", 1, false, false);
    assertThat(s.abbreviated(100)).isEqualTo("INSERT INTO t VALUES (1, 2, 3)");
    assertThat(s.abbreviated(11)).isEqualTo("INSERT INTO…");
  }

  private static boolean noTx(String sql) {
    List<SqlStatement> s = SqlSplitter.split(sql);
    assertThat(s).hasSize(1);
    return s.get(0).noTransaction();
  }
}
