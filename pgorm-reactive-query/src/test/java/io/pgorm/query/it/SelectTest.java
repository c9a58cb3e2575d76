package io.pgorm.query.it;

import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.selectFrom;
import static io.pgorm.query.Dsl.selectOne;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Row2;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.DerivedTable;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.expr.Window;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Post;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** SELECT clauses run on a real server, rows asserted. */
@PgTest
class SelectTest {

  private static PgOrm db;
  private static QueryClient q;
  private static Seed seed;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    Shop.create(db);
    q = QueryClient.of(db);
    seed = new Seed(q);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  private static <T> List<T> list(Select<T> select) {
    return Objects.requireNonNull(q.fetch(select).collectList().block(Duration.ofSeconds(10)));
  }

  private static List<String> emails(Condition where) {
    return list(
        select(AccountTable.EMAIL)
            .from(AccountTable.TABLE)
            .where(where)
            .orderBy(AccountTable.EMAIL.asc()));
  }

  @Test
  @Tag("smoke")
  void selectFromMapsRowsToRecords() {
    List<Account> admins =
        list(selectFrom(AccountTable.TABLE).where(AccountTable.ROLE.eq(Role.ADMIN)));
    assertThat(admins).hasSize(1);
    Account ada = admins.get(0);
    assertThat(ada).isEqualTo(seed.ada);
    assertThat(ada.role()).isEqualTo(Role.ADMIN);
    assertThat(ada.createdAt()).isNotNull();
    assertThat(ada.version()).isZero();
    List<Post> posts = list(selectFrom(PostTable.TABLE).orderBy(PostTable.ID.asc()));
    assertThat(posts)
        .extracting(Post::tags)
        .containsExactly(List.of("intro", "news"), List.of("news"), List.of());
  }

  @Test
  void comparisons() {
    assertThat(emails(AccountTable.EMAIL.eq("bob@example.com"))).containsExactly("bob@example.com");
    assertThat(emails(AccountTable.EMAIL.ne("bob@example.com"))).hasSize(2);
    assertThat(emails(AccountTable.EMAIL.gt("b"))).containsExactly("bob@example.com");
    assertThat(emails(AccountTable.EMAIL.between("a", "bz")))
        .containsExactly("ada@example.com", "bob@example.com");
    assertThat(emails(AccountTable.EMAIL.notBetween("a", "bz"))).containsExactly("Cy@Example.com");
    assertThat(emails(AccountTable.ROLE.in(List.of(Role.ADMIN, Role.GUEST))))
        .containsExactly("Cy@Example.com", "ada@example.com");
    assertThat(emails(AccountTable.ROLE.notIn(List.of(Role.ADMIN)))).hasSize(2);
    assertThat(emails(AccountTable.ROLE.in(List.of()))).isEmpty();
    assertThat(emails(AccountTable.ROLE.notIn(List.of()))).hasSize(3);
    assertThat(emails(AccountTable.ID.in(List.of(Seed.id(seed.bob)))))
        .containsExactly("bob@example.com");
  }

  @Test
  void textMatching() {
    assertThat(emails(AccountTable.EMAIL.like("%@example.com"))).hasSize(2);
    assertThat(emails(AccountTable.EMAIL.ilike("%@example.com"))).hasSize(3);
    assertThat(emails(AccountTable.EMAIL.notLike("a%"))).hasSize(2);
    assertThat(emails(AccountTable.EMAIL.notIlike("c%"))).hasSize(2);
    assertThat(emails(AccountTable.EMAIL.matches("^[ab]"))).hasSize(2);
    assertThat(emails(AccountTable.EMAIL.matchesIgnoreCase("^c")))
        .containsExactly("Cy@Example.com");
    assertThat(emails(AccountTable.EMAIL.notMatches("^[ab]"))).containsExactly("Cy@Example.com");
  }

  @Test
  void nulls() {
    String none = null; // a null from a variable: a literal null would also match the Expr overload
    assertThat(emails(AccountTable.NICKNAME.isNull())).containsExactly("ada@example.com");
    assertThat(emails(AccountTable.NICKNAME.isNotNull())).hasSize(2);
    assertThat(emails(AccountTable.NICKNAME.isDistinctFrom(none))).hasSize(2);
    assertThat(emails(AccountTable.NICKNAME.isNotDistinctFrom(none)))
        .containsExactly("ada@example.com");
    assertThat(emails(AccountTable.NICKNAME.isDistinctFrom("cy"))).hasSize(2);
  }

  @Test
  void existsAndSubqueries() {
    Select<Integer> hasPosts =
        selectOne().from(PostTable.TABLE).where(PostTable.AUTHOR_ID.eq(AccountTable.ID));
    assertThat(emails(Condition.exists(hasPosts)))
        .containsExactly("ada@example.com", "bob@example.com");
    assertThat(emails(Condition.notExists(hasPosts))).containsExactly("Cy@Example.com");
    Select<java.util.UUID> authors = select(PostTable.AUTHOR_ID).from(PostTable.TABLE);
    assertThat(emails(AccountTable.ID.in(authors))).hasSize(2);
    assertThat(emails(AccountTable.ID.notIn(authors))).containsExactly("Cy@Example.com");
    Expr<Long> postCount =
        select(Functions.count())
            .from(PostTable.TABLE)
            .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .asValue();
    assertThat(
            list(
                select(AccountTable.EMAIL, postCount)
                    .from(AccountTable.TABLE)
                    .orderBy(AccountTable.EMAIL.asc())))
        .containsExactly(
            new Row2<>("Cy@Example.com", 0L),
            new Row2<>("ada@example.com", 2L),
            new Row2<>("bob@example.com", 1L));
  }

  @Test
  void joins() {
    Select<Row2<String, String>> inner =
        select(AccountTable.EMAIL, PostTable.BODY)
            .from(AccountTable.TABLE)
            .join(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .orderBy(PostTable.ID.asc());
    assertThat(list(inner))
        .extracting(Row2::second)
        .containsExactly("hello world", "second post", "bob writes");
    Select<Row2<String, String>> left =
        select(AccountTable.EMAIL, PostTable.BODY)
            .from(AccountTable.TABLE)
            .leftJoin(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .where(AccountTable.ROLE.eq(Role.GUEST));
    assertThat(list(left)).containsExactly(new Row2<>("Cy@Example.com", null));
    Select<Row2<String, String>> right =
        select(AccountTable.EMAIL, PostTable.BODY)
            .from(PostTable.TABLE)
            .rightJoin(TableRef.of(AccountTable.TABLE), PostTable.AUTHOR_ID.eq(AccountTable.ID));
    assertThat(list(right)).hasSize(4);
    Select<Row2<String, String>> full =
        select(AccountTable.EMAIL, PostTable.BODY)
            .from(PostTable.TABLE)
            .fullJoin(TableRef.of(AccountTable.TABLE), PostTable.AUTHOR_ID.eq(AccountTable.ID));
    assertThat(list(full)).hasSize(4);
    Select<Row2<String, String>> cross =
        select(AccountTable.EMAIL, PostTable.BODY)
            .from(AccountTable.TABLE)
            .crossJoin(TableRef.of(PostTable.TABLE));
    assertThat(list(cross)).hasSize(9);
  }

  @Test
  void lateralJoinTakesTheLatestPostPerAccount() {
    DerivedTable latest =
        select(PostTable.BODY)
            .from(PostTable.TABLE)
            .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .orderBy(PostTable.ID.desc())
            .limit(1)
            .asTable("latest")
            .asLateral();
    Select<Row2<String, String>> query =
        select(AccountTable.EMAIL, latest.col(PostTable.BODY))
            .from(AccountTable.TABLE)
            .leftJoin(latest, Condition.none())
            .orderBy(AccountTable.EMAIL.asc());
    assertThat(query.toSql().sql())
        .contains("LEFT JOIN LATERAL (SELECT")
        .contains(") AS \"latest\" ON TRUE");
    assertThat(list(query))
        .containsExactly(
            new Row2<>("Cy@Example.com", null),
            new Row2<>("ada@example.com", "second post"),
            new Row2<>("bob@example.com", "bob writes"));
  }

  @Test
  void groupingAggregatesAndFilter() {
    Select<Row2<String, Long>> perRole =
        select(AccountTable.EMAIL, Functions.count(PostTable.ID))
            .from(AccountTable.TABLE)
            .leftJoin(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .groupBy(AccountTable.EMAIL)
            .having(Functions.count(PostTable.ID).ge(1L))
            .orderBy(AccountTable.EMAIL.asc());
    assertThat(list(perRole))
        .containsExactly(new Row2<>("ada@example.com", 2L), new Row2<>("bob@example.com", 1L));
    Select<Row2<Long, Long>> filtered =
        select(Functions.count(), Functions.count().filter(PostTable.BODY.like("%post%")))
            .from(PostTable.TABLE);
    assertThat(list(filtered)).containsExactly(new Row2<>(3L, 1L));
    Select<List<String>> ordered =
        select(Functions.arrayAgg(PostTable.BODY).orderBy(PostTable.BODY.desc()))
            .from(PostTable.TABLE);
    assertThat(list(ordered)).containsExactly(List.of("second post", "hello world", "bob writes"));
    assertThat(list(select(Functions.countDistinct(PostTable.AUTHOR_ID)).from(PostTable.TABLE)))
        .containsExactly(2L);
    assertThat(list(select(Functions.max(AccountTable.EMAIL)).from(AccountTable.TABLE)))
        .containsExactly("bob@example.com");
  }

  @Test
  void distinctAndDistinctOn() {
    assertThat(list(select(PostTable.AUTHOR_ID).from(PostTable.TABLE).distinct())).hasSize(2);
    Select<String> firstPerAuthor =
        select(PostTable.BODY)
            .from(PostTable.TABLE)
            .distinctOn(PostTable.AUTHOR_ID)
            .orderBy(PostTable.AUTHOR_ID.asc(), PostTable.ID.asc());
    assertThat(list(firstPerAuthor)).containsExactlyInAnyOrder("hello world", "bob writes");
  }

  @Test
  void orderingWithNullsFirstAndLastAndPaging() {
    Select<String> byNick =
        select(AccountTable.EMAIL)
            .from(AccountTable.TABLE)
            .orderBy(AccountTable.NICKNAME.asc().nullsFirst());
    assertThat(list(byNick))
        .containsExactly("ada@example.com", "bob@example.com", "Cy@Example.com");
    Select<String> nullsLast =
        select(AccountTable.EMAIL)
            .from(AccountTable.TABLE)
            .orderBy(AccountTable.NICKNAME.desc().nullsLast());
    assertThat(list(nullsLast))
        .containsExactly("Cy@Example.com", "bob@example.com", "ada@example.com");
    assertThat(list(byNick.limit(1).offset(1))).containsExactly("bob@example.com");
  }

  @Test
  void setOperations() {
    Select<String> admins =
        select(AccountTable.EMAIL).from(AccountTable.TABLE).where(AccountTable.ROLE.eq(Role.ADMIN));
    Select<String> withNick =
        select(AccountTable.EMAIL)
            .from(AccountTable.TABLE)
            .where(AccountTable.NICKNAME.isNotNull());
    Select<String> all = select(AccountTable.EMAIL).from(AccountTable.TABLE);
    Select<String> union = admins.union(withNick).orderBy(AccountTable.EMAIL.desc());
    assertThat(union.toSql().sql()).endsWith(" ORDER BY \"email\" DESC");
    assertThat(list(union)).containsExactly("bob@example.com", "ada@example.com", "Cy@Example.com");
    assertThat(list(admins.unionAll(all))).hasSize(4);
    assertThat(list(all.intersect(withNick)))
        .containsExactlyInAnyOrder("bob@example.com", "Cy@Example.com");
    assertThat(list(all.except(withNick))).containsExactly("ada@example.com");
    assertThat(list(all.exceptAll(withNick).limit(5))).containsExactly("ada@example.com");
    assertThat(list(all.intersectAll(admins))).containsExactly("ada@example.com");
  }

  @Test
  void commonTableExpressionsIncludingRecursive() {
    Cte authors = select(PostTable.AUTHOR_ID).from(PostTable.TABLE).distinct().asCte("authors");
    Select<String> query =
        select(AccountTable.EMAIL)
            .with(authors)
            .from(AccountTable.TABLE)
            .join(authors, authors.col(PostTable.AUTHOR_ID).eq(AccountTable.ID))
            .orderBy(AccountTable.EMAIL.asc());
    assertThat(list(query)).containsExactly("ada@example.com", "bob@example.com");

    // WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5) SELECT sum(i)
    var n = Dsl.cteRef("n");
    Expr<Integer> i = n.col("i", Integer.class);
    Cte numbers =
        new Cte(
            "n",
            List.of("i"),
            select(Dsl.val(1)).unionAll(select(Functions.add(i, 1)).from(n).where(i.lt(5))).node(),
            null);
    Select<java.math.BigDecimal> sum = select(Functions.sum(i)).withRecursive(numbers).from(n);
    assertThat(list(sum)).containsExactly(java.math.BigDecimal.valueOf(15));
  }

  @Test
  void windowFunctions() {
    Select<Row2<String, Long>> numbered =
        select(
                PostTable.BODY,
                Functions.rowNumber()
                    .over(Window.partitionBy(PostTable.AUTHOR_ID).orderBy(PostTable.ID.asc())))
            .from(PostTable.TABLE)
            .orderBy(PostTable.ID.asc());
    assertThat(list(numbered))
        .containsExactly(
            new Row2<>("hello world", 1L),
            new Row2<>("second post", 2L),
            new Row2<>("bob writes", 1L));
    Select<Row2<Long, Long>> running =
        select(
                PostTable.ID,
                Functions.count()
                    .over(
                        Window.orderedBy(PostTable.ID.asc())
                            .frame(
                                Window.Frame.rows(
                                    Window.Bound.preceding(1), Window.Bound.currentRow()))))
            .from(PostTable.TABLE)
            .orderBy(PostTable.ID.asc());
    assertThat(list(running)).extracting(Row2::second).containsExactly(1L, 2L, 2L);
  }

  @Test
  void rowLocksWithSkipLockedAndNowait() {
    Select<Account> lock =
        selectFrom(AccountTable.TABLE)
            .where(AccountTable.ROLE.eq(Role.ADMIN))
            .lock(
                io.pgorm.query.expr.Lock.Strength.UPDATE,
                io.pgorm.query.expr.Lock.Wait.SKIP_LOCKED);
    List<Account> seen =
        db.inTransaction(
                tx ->
                    q.fetch(lock)
                        .collectList()
                        // A second transaction skips the row the first one holds.
                        .flatMap(mine -> db.inTransaction(tx2 -> Mono.just(mine)).thenReturn(mine)))
            .block(Duration.ofSeconds(10));
    assertThat(seen).hasSize(1);
    assertThat(list(selectFrom(AccountTable.TABLE).forUpdate())).hasSize(3);
  }
}
