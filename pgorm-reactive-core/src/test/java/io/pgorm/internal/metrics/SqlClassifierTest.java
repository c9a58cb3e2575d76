package io.pgorm.internal.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SqlClassifierTest {

  static Stream<Arguments> statements() {
    return Stream.of(
        // select: case, whitespace, comments
        arguments("SELECT * FROM users", "select", "users"),
        arguments("select id from Users where id = $1", "select", "users"),
        arguments("SeLeCt * FrOm Mixed_Case", "select", "mixed_case"),
        arguments("  \n\t SELECT * FROM a", "select", "a"),
        arguments("-- leading comment\nSELECT * FROM a", "select", "a"),
        arguments("/* outer /* nested */ still a comment */ select * from b", "select", "b"),
        arguments("SELECT * FROM users -- FROM fake", "select", "users"),
        arguments("SELECT 1", "select", "none"),
        arguments("SELECT now()", "select", "none"),
        arguments("(SELECT a FROM t) UNION (SELECT a FROM u)", "select", "t"),
        arguments("VALUES (1), (2)", "select", "none"),
        arguments("TABLE users", "select", "users"),
        // names: qualified, quoted, long
        arguments("SELECT * FROM public.users", "select", "public.users"),
        arguments("SELECT * FROM \"MyTable\"", "select", "MyTable"),
        arguments("SELECT * FROM \"My\"\"Table\" t", "select", "My\"Table"),
        arguments("SELECT * FROM \"Sales\".\"Orders\" o", "select", "Sales.Orders"),
        arguments("SELECT * FROM Sales . Orders", "select", "sales.orders"),
        arguments("SELECT * FROM ONLY parent", "select", "parent"),
        arguments("SELECT * FROM " + "x".repeat(70), "select", "x".repeat(63)),
        // FROM that is not the FROM clause
        arguments("SELECT (SELECT max(id) FROM b) AS m FROM a", "select", "a"),
        arguments("SELECT extract(year FROM created) FROM events", "select", "events"),
        arguments("SELECT 'from x' AS s FROM real_table", "select", "real_table"),
        arguments("SELECT 'it''s from x' FROM t", "select", "t"),
        arguments("SELECT E'it\\'s from x' FROM t", "select", "t"),
        arguments("SELECT $$ from fake $$ FROM t", "select", "t"),
        arguments("SELECT $body$ from fake $body$ FROM t", "select", "t"),
        arguments("SELECT \"from\" FROM t", "select", "t"),
        arguments("SELECT a IS DISTINCT FROM b FROM t", "select", "t"),
        arguments("SELECT * FROM generate_series(1, 10) g", "select", "none"),
        arguments("SELECT * FROM (SELECT 1) s", "select", "none"),
        // WITH
        arguments(
            "WITH recent AS (SELECT * FROM orders WHERE ts > now()) SELECT * FROM recent",
            "select",
            "recent"),
        arguments(
            "WITH RECURSIVE t(n) AS (VALUES (1) UNION ALL SELECT n + 1 FROM t WHERE n < 9)"
                + " SELECT sum(n) FROM t",
            "select",
            "t"),
        arguments(
            "WITH moved AS (DELETE FROM queue RETURNING *) INSERT INTO archive SELECT * FROM moved",
            "insert",
            "archive"),
        arguments(
            "WITH x AS MATERIALIZED (SELECT 1), y AS NOT MATERIALIZED (SELECT 2)"
                + " UPDATE accounts SET a = 1",
            "update",
            "accounts"),
        arguments(
            "with upd as (update t set x = 1 returning *) select * from upd", "select", "upd"),
        arguments("WITH update AS (SELECT 1) DELETE FROM d", "delete", "d"),
        arguments("/* c */ WITH a AS (SELECT ')' FROM x) SELECT * FROM a", "select", "a"),
        // DML
        arguments("INSERT INTO users (id, name) VALUES ($1, $2)", "insert", "users"),
        arguments("insert into app.users values (1)", "insert", "app.users"),
        arguments("UPDATE accounts SET balance = balance - $1", "update", "accounts"),
        arguments("UPDATE ONLY accounts SET a = 1", "update", "accounts"),
        arguments("DELETE FROM sessions WHERE expires < now()", "delete", "sessions"),
        arguments("MERGE INTO stock s USING delivery d ON s.id = d.id", "merge", "stock"),
        // others
        arguments("CALL refresh_stats($1)", "call", "none"),
        arguments("COPY \"shop\".\"order\" (\"id\") FROM STDIN", "copy", "shop.order"),
        arguments("COPY (SELECT 1) TO STDOUT", "copy", "none"),
        arguments("CREATE TABLE t (id int)", "ddl", "none"),
        arguments("ALTER TABLE t ADD COLUMN x int", "ddl", "none"),
        arguments("DROP INDEX i", "ddl", "none"),
        arguments("TRUNCATE t", "ddl", "none"),
        arguments("COMMENT ON TABLE t IS 'x'", "ddl", "none"),
        arguments("GRANT SELECT ON t TO r", "ddl", "none"),
        arguments("BEGIN", "other", "none"),
        arguments("SET search_path TO app", "other", "none"),
        arguments("EXPLAIN SELECT * FROM t", "other", "none"),
        arguments("LISTEN channel", "other", "none"),
        arguments("", "other", "none"),
        arguments("   ", "other", "none"),
        arguments("-- only a comment", "other", "none"),
        arguments("42", "other", "none"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("statements")
  void classifiesOperationAndFirstTable(String sql, String operation, String table) {
    assertThat(SqlClassifier.classify(sql)).isEqualTo(new StatementShape(operation, table));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"",
        "'",
        "$",
        "$$",
        "$a",
        "E'",
        "E'\\",
        "/*",
        "/* /*",
        "--",
        ")",
        "((((",
        "WITH",
        "WITH a AS (",
        "WITH a AS (SELECT 1)",
        "SELECT * FROM",
        "SELECT * FROM a.",
        "INSERT",
        "INSERT INTO",
        "DELETE x",
        "UPDATE",
        "SELECT 'unterminated FROM t",
        "SELECT 1 /* FROM t"
      })
  void neverFailsOnMalformedSql(String sql) {
    StatementShape shape = SqlClassifier.classify(sql);

    assertThat(shape.operation()).isIn("select", "insert", "update", "delete", "other");
    assertThat(shape.table()).isIn("none", "a");
  }
}
