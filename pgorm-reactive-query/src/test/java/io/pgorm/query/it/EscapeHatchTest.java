package io.pgorm.query.it;

import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.RawQuery;
import io.pgorm.query.TableAccess;
import io.pgorm.query.TooManyRowsException;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.FunctionName;
import io.pgorm.query.expr.FunctionTable;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Raw SQL with named parameters, function and procedure calls, EXPLAIN, table access. */
@PgTest
class EscapeHatchTest {

  record Summary(UUID id, String email, Role role, OffsetDateTime createdAt, long posts) {}

  private static PgOrm db;
  private static QueryClient q;
  private static Seed seed;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    Shop.create(db);
    q = QueryClient.of(db);
    seed = new Seed(q);
    db.sql(
            "CREATE FUNCTION post_count(who uuid) RETURNS bigint LANGUAGE sql STABLE AS"
                + " 'SELECT count(*) FROM post WHERE author_id = who'")
        .execute()
        .block();
    db.sql(
            "CREATE FUNCTION authors(min bigint) RETURNS TABLE (author uuid, n bigint) LANGUAGE sql"
                + " AS 'SELECT author_id, count(*) FROM post GROUP BY author_id HAVING count(*) >= min'")
        .execute()
        .block();
    db.sql(
            "CREATE PROCEDURE rename(who uuid, nick text) LANGUAGE sql AS"
                + " 'UPDATE account SET nickname = nick WHERE id = who'")
        .execute()
        .block();
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void rawSqlWithNamedParametersMapsColumnsByName() {
    RawQuery<Summary> query =
        RawQuery.of(
                """
                SELECT a.id, a.email, a.role, a.created_at, count(p.id) AS posts
                FROM account a LEFT JOIN post p ON p.author_id = a.id
                WHERE a.email = :email OR a.nickname = :email -- not :this
                  OR a.email = ':not_a_param' OR a.role = :role::role
                GROUP BY a.id ORDER BY a.email""",
                Summary.class)
            .bind("email", "ada@example.com")
            .bind("role", Role.GUEST);
    assertThat(query.toSql().sql())
        .contains("WHERE a.email = $1 OR a.nickname = $1 -- not :this")
        .contains("a.email = ':not_a_param' OR a.role = $2::role");
    assertThat(query.toSql().binds()).containsExactly("ada@example.com", "guest");
    List<Summary> rows = q.fetch(query).collectList().block();
    assertThat(rows)
        .extracting(Summary::email)
        .containsExactly("Cy@Example.com", "ada@example.com");
    assertThat(rows.get(1).posts()).isEqualTo(2);
    assertThatThrownBy(() -> query.bind("nope", 1))
        .hasMessage("no parameter :nope in the SQL; it has [email, role]");
    assertThatThrownBy(
            () -> q.fetch(RawQuery.of("SELECT id FROM account", Summary.class)).blockFirst())
        .hasMessageStartingWith("no column for component email of " + Summary.class.getName());
  }

  @Test
  void functionsAndProcedures() {
    var count = Dsl.function(FunctionName.of("public", "post_count"), Long.class, AccountTable.ID);
    assertThat(
            q.fetchOne(
                    select(count)
                        .from(AccountTable.TABLE)
                        .where(AccountTable.ID.eq(Seed.id(seed.ada))))
                .block())
        .isEqualTo(2L);
    FunctionTable authors =
        Dsl.fromFunction(
            Dsl.function(FunctionName.of("public", "authors"), Object.class, Dsl.val(2L)),
            "t",
            "author",
            "n");
    assertThat(
            q.fetch(select(authors.col("author", UUID.class)).from(authors)).collectList().block())
        .containsExactly(Seed.id(seed.ada));
    var call =
        Dsl.call(
            FunctionName.of("public", "rename"), Dsl.val(Seed.id(seed.bob)), Dsl.val("robert"));
    assertThat(call.toSql().sql()).isEqualTo("CALL \"public\".\"rename\"($1, $2)");
    q.execute(call).block();
    assertThat(
            q.fetchOne(
                    select(AccountTable.NICKNAME)
                        .from(AccountTable.TABLE)
                        .where(AccountTable.ID.eq(Seed.id(seed.bob))))
                .block())
        .isEqualTo("robert");
  }

  @Test
  void explainReturnsThePlanAsData() {
    JsonNode plan =
        q.explain(selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.eq("x")), false).block();
    assertThat(plan.get(0).get("Plan").get("Node Type").asText()).isNotEmpty();
    JsonNode analyzed = q.explain(selectFrom(AccountTable.TABLE), true).block();
    assertThat(analyzed.get(0).get("Plan").get("Actual Rows").asInt()).isEqualTo(3);
  }

  @Test
  void statementsTellTheTablesTheyReadAndWrite() {
    TableAccess access =
        Dsl.update(AccountTable.TABLE)
            .set(AccountTable.NICKNAME, "x")
            .where(
                Condition.exists(
                    Dsl.selectOne()
                        .from(PostTable.TABLE)
                        .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))))
            .tables();
    assertThat(access.writes()).containsExactly(AccountTable.TABLE_NAME);
    assertThat(access.reads()).containsExactly(PostTable.TABLE_NAME);
  }

  @Test
  void fetchOneRefusesMoreThanOneRow() {
    assertThatThrownBy(() -> q.fetchOne(selectFrom(AccountTable.TABLE)).block())
        .isInstanceOf(TooManyRowsException.class)
        .hasMessageStartingWith("Expected at most one row, got more, from: SELECT");
    assertThat(q.count(selectFrom(AccountTable.TABLE)).block()).isEqualTo(3);
    assertThat(
            q.exists(selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.eq("nobody"))).block())
        .isFalse();
  }
}
