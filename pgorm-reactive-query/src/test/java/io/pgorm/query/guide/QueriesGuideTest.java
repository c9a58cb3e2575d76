package io.pgorm.query.guide;

import static io.pgorm.query.Dsl.deleteFrom;
import static io.pgorm.query.Dsl.excluded;
import static io.pgorm.query.Dsl.insertInto;
import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.selectFrom;
import static io.pgorm.query.Dsl.selectOne;
import static io.pgorm.query.Dsl.update;
import static io.pgorm.query.Dsl.when;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.QueryOptions;
import io.pgorm.query.RawQuery;
import io.pgorm.query.Row2;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.CteRef;
import io.pgorm.query.expr.DerivedTable;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.expr.Jsonb;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.expr.PgArrays;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.expr.TextSearch;
import io.pgorm.query.expr.Window;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Label;
import io.pgorm.query.fixture.LabelTable;
import io.pgorm.query.fixture.Post;
import io.pgorm.query.fixture.PostLabel;
import io.pgorm.query.fixture.PostLabelTable;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.render.RenderedSql;
import io.pgorm.query.render.SchemaMapping;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.query.repository.Cursor;
import io.pgorm.query.repository.CursorPage;
import io.pgorm.query.repository.Include;
import io.pgorm.query.repository.Key;
import io.pgorm.query.repository.Loaded;
import io.pgorm.query.repository.OptimisticLockException;
import io.pgorm.query.repository.Page;
import io.pgorm.query.repository.PageRequest;
import io.pgorm.query.repository.Relations;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The examples of docs/queries.md: each region between {@code tag::} and {@code end::} comments is
 * quoted in the guide verbatim ({@link QueriesDocTest} checks), and runs here against a server.
 */
@PgTest
class QueriesGuideTest {

  private static PgOrm db;
  private static QueryClient queries;
  private static BaseRepository<Account, UUID> accounts;
  private static BaseRepository<Post, Long> posts;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    Shop.create(db);
    // tag::client[]
    QueryClient queries = QueryClient.of(db); // one per PgOrm client; thread-safe
    // end::client[]
    QueriesGuideTest.queries = queries;
    accounts =
        new BaseRepository<>(queries, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
    posts = new BaseRepository<>(queries, PostTable.TABLE, PostTable.ID);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void data() {
    db.sql("TRUNCATE account CASCADE").execute().block();
    Account ada =
        accounts.insert(new Account(null, "ada@example.com", Role.ADMIN, null, null, null)).block();
    Account bob =
        accounts
            .insert(new Account(null, "bob@example.com", Role.MEMBER, "bobby", null, null))
            .block();
    posts
        .insertAll(
            List.of(
                new Post(null, ada.id(), "Hello world", List.of("intro")),
                new Post(null, ada.id(), "Second post", List.of("news", "intro")),
                new Post(null, bob.id(), "Bob writes", List.of())))
        .blockLast();
  }

  @Test
  @Tag("smoke")
  void firstQuery() {
    // tag::first[]
    Select<Account> admins =
        selectFrom(AccountTable.TABLE)
            .where(AccountTable.ROLE.eq(Role.ADMIN))
            .orderBy(AccountTable.EMAIL.asc())
            .limit(20);

    RenderedSql sql = admins.toSql(); // no connection needed
    // SELECT "account"."id", "account"."email", ... FROM "public"."account"
    //   WHERE "account"."role" = $1::"public"."role" ORDER BY "account"."email" LIMIT $2
    // binds: [admin, 20]

    Flux<Account> rows = queries.fetch(admins); // cold: runs on subscription
    // end::first[]
    assertThat(sql.sql())
        .endsWith(
            "WHERE \"account\".\"role\" = $1::\"public\".\"role\" ORDER BY \"account\".\"email\" LIMIT $2");
    assertThat(sql.binds()).containsExactly("admin", 20L);
    assertThat(rows.map(Account::email).collectList().block()).containsExactly("ada@example.com");
  }

  @Test
  void running() {
    Select<Account> query =
        selectFrom(AccountTable.TABLE).where(AccountTable.EMAIL.eq("ada@example.com"));
    // tag::running[]
    Flux<Account> all = queries.fetch(query); // every row
    Mono<Account> one = queries.fetchOne(query); // 0 or 1 row; more is TooManyRowsException
    Mono<Account> first = queries.fetchFirst(query); // the first row, if any
    Mono<Long> count = queries.count(query); // SELECT count(*) FROM (query)
    Mono<Boolean> any = queries.exists(query); // SELECT EXISTS (query)
    // end::running[]
    assertThat(all.count().block()).isEqualTo(1);
    assertThat(one.block().email()).isEqualTo(first.block().email());
    assertThat(count.block()).isEqualTo(1);
    assertThat(any.block()).isTrue();
  }

  @Test
  void conditions() {
    String emailFilter = null;
    Role roleFilter = Role.ADMIN;
    // tag::conditions[]
    Condition c =
        AccountTable.EMAIL
            .ilike("%@example.com") // LIKE, ILIKE, ~, ~*
            .and(
                AccountTable.ROLE.in(
                    List.of(Role.ADMIN, Role.MEMBER))) // = ANY($n): one shape for any length
            .and(AccountTable.NICKNAME.isNull().or(AccountTable.NICKNAME.ne("root")))
            .and(AccountTable.CREATED_AT.isNotNull())
            .and(
                Condition.exists(
                    selectOne()
                        .from(PostTable.TABLE)
                        .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))));

    // Optional filters: none() drops out of and/or, so no string building is needed.
    Condition filter =
        Condition.all(
            Condition.ifPresent(
                emailFilter, AccountTable.EMAIL::eq), // skipped: emailFilter is null
            Condition.ifPresent(roleFilter, AccountTable.ROLE::eq),
            Condition.when(false, () -> AccountTable.NICKNAME.isNotNull()));
    // end::conditions[]
    assertThat(queries.count(selectFrom(AccountTable.TABLE).where(c)).block()).isEqualTo(2);
    assertThat(selectFrom(AccountTable.TABLE).where(filter).toSql().sql())
        .endsWith("WHERE \"account\".\"role\" = $1::\"public\".\"role\"");
  }

  @Test
  void projectionsAndAggregates() {
    // tag::aggregates[]
    Select<Row2<String, Long>> postsPerAuthor =
        select(AccountTable.EMAIL, Functions.count(PostTable.ID))
            .from(AccountTable.TABLE)
            .leftJoin(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .groupBy(AccountTable.EMAIL)
            .having(Functions.count(PostTable.ID).ge(1L))
            .orderBy(AccountTable.EMAIL.asc());

    // Aggregates take FILTER, DISTINCT and ORDER BY: count(*) FILTER (WHERE ...), array_agg(x ORDER
    // BY y)
    Select<Row2<Long, List<String>>> summary =
        select(
                Functions.count().filter(PostTable.BODY.like("%post%")),
                Functions.arrayAgg(PostTable.BODY).orderBy(PostTable.BODY.asc()))
            .from(PostTable.TABLE);

    // Into a record of your own, by position:
    record Author(String email, Long posts) {}
    Select<Author> authors =
        select(Author.class, AccountTable.EMAIL, Functions.count(PostTable.ID))
            .from(AccountTable.TABLE)
            .join(PostTable.TABLE, PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .groupBy(AccountTable.EMAIL);
    // end::aggregates[]
    assertThat(queries.fetch(postsPerAuthor).collectList().block())
        .containsExactly(new Row2<>("ada@example.com", 2L), new Row2<>("bob@example.com", 1L));
    assertThat(queries.fetchOne(summary).block())
        .isEqualTo(new Row2<>(1L, List.of("Bob writes", "Hello world", "Second post")));
    assertThat(queries.fetch(authors).collectList().block()).hasSize(2);
  }

  @Test
  void distinctOn() {
    // tag::distinct[]
    Select<String> latestPerAuthor =
        select(PostTable.BODY)
            .from(PostTable.TABLE)
            .distinctOn(PostTable.AUTHOR_ID) // SELECT DISTINCT ON (...)
            .orderBy(PostTable.AUTHOR_ID.asc(), PostTable.ID.desc());
    Select<java.util.UUID> authors = select(PostTable.AUTHOR_ID).from(PostTable.TABLE).distinct();
    Select<String> nullsFirst =
        select(AccountTable.EMAIL)
            .from(AccountTable.TABLE)
            .orderBy(AccountTable.NICKNAME.asc().nullsFirst());
    // end::distinct[]
    assertThat(queries.fetch(latestPerAuthor).collectList().block())
        .containsExactlyInAnyOrder("Second post", "Bob writes");
    assertThat(queries.count(authors).block()).isEqualTo(2);
    assertThat(queries.fetch(nullsFirst).collectList().block())
        .containsExactly("ada@example.com", "bob@example.com");
  }

  @Test
  void joins() {
    // tag::joins[]
    // Columns are qualified by their table; a table used twice needs aliases:
    TableRef<Account> a = Dsl.table(AccountTable.TABLE).as("a");
    TableRef<Account> b = Dsl.table(AccountTable.TABLE).as("b");
    Select<Row2<String, String>> sameRole =
        select(a.col(AccountTable.EMAIL), b.col(AccountTable.EMAIL))
            .from(a)
            .join(
                b,
                a.col(AccountTable.ROLE)
                    .eq(b.col(AccountTable.ROLE))
                    .and(a.col(AccountTable.ID).ne(b.col(AccountTable.ID))));

    // LATERAL: the latest post of each account, or NULL
    DerivedTable latest =
        select(PostTable.BODY)
            .from(PostTable.TABLE)
            .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .orderBy(PostTable.ID.desc())
            .limit(1)
            .asTable("latest")
            .asLateral();
    Select<Row2<String, String>> withLatest =
        select(AccountTable.EMAIL, latest.col(PostTable.BODY))
            .from(AccountTable.TABLE)
            .leftJoin(latest, Condition.none()); // LEFT JOIN LATERAL (...) AS "latest" ON TRUE
    // end::joins[]
    assertThat(queries.fetch(sameRole).collectList().block()).isEmpty();
    assertThat(queries.fetch(withLatest).collectList().block())
        .containsExactlyInAnyOrder(
            new Row2<>("ada@example.com", "Second post"),
            new Row2<>("bob@example.com", "Bob writes"));
  }

  @Test
  void subqueriesCtesAndSetOperations() {
    // tag::subqueries[]
    // A subquery as a value, and IN (subquery):
    Expr<Long> postCount =
        select(Functions.count())
            .from(PostTable.TABLE)
            .where(PostTable.AUTHOR_ID.eq(AccountTable.ID))
            .asValue();
    Select<Row2<String, Long>> counts =
        select(AccountTable.EMAIL, postCount).from(AccountTable.TABLE);
    Condition hasPosts = AccountTable.ID.in(select(PostTable.AUTHOR_ID).from(PostTable.TABLE));

    // WITH
    Cte authors = select(PostTable.AUTHOR_ID).from(PostTable.TABLE).distinct().asCte("authors");
    Select<String> authorEmails =
        select(AccountTable.EMAIL)
            .with(authors)
            .from(AccountTable.TABLE)
            .join(authors, authors.col(PostTable.AUTHOR_ID).eq(AccountTable.ID));

    // WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 10) SELECT sum(i)
    // FROM n
    CteRef n = Dsl.cteRef("n");
    Expr<Integer> i = n.col("i", Integer.class);
    Cte numbers =
        Dsl.cte(
            "n",
            select(Dsl.val(1)).unionAll(select(Functions.add(i, 1)).from(n).where(i.lt(10))),
            "i");
    Select<BigDecimal> sum = select(Functions.sum(i)).withRecursive(numbers).from(n);

    // UNION / INTERSECT / EXCEPT [ALL]; ORDER BY of the whole goes by output column
    Select<String> admins =
        select(AccountTable.EMAIL).from(AccountTable.TABLE).where(AccountTable.ROLE.eq(Role.ADMIN));
    Select<String> nicknamed =
        select(AccountTable.EMAIL)
            .from(AccountTable.TABLE)
            .where(AccountTable.NICKNAME.isNotNull());
    Select<String> either = admins.union(nicknamed).orderBy(AccountTable.EMAIL.asc());
    // end::subqueries[]
    assertThat(queries.fetch(counts).collectList().block()).hasSize(2);
    assertThat(queries.count(selectFrom(AccountTable.TABLE).where(hasPosts)).block()).isEqualTo(2);
    assertThat(queries.fetch(authorEmails).collectList().block()).hasSize(2);
    assertThat(queries.fetchOne(sum).block()).isEqualByComparingTo("55");
    assertThat(queries.fetch(either).collectList().block())
        .containsExactly("ada@example.com", "bob@example.com");
  }

  @Test
  void windows() {
    // tag::windows[]
    Select<Row2<String, Long>> numbered =
        select(
                PostTable.BODY,
                Functions.rowNumber()
                    .over(Window.partitionBy(PostTable.AUTHOR_ID).orderBy(PostTable.ID.asc())))
            .from(PostTable.TABLE);
    Expr<Long> runningCount =
        Functions.count()
            .over(
                Window.orderedBy(PostTable.ID.asc())
                    .frame(
                        Window.Frame.rows(
                            Window.Bound.unboundedPreceding(), Window.Bound.currentRow())));
    // end::windows[]
    assertThat(queries.fetch(numbered).collectList().block()).hasSize(3);
    assertThat(
            queries
                .fetch(select(runningCount).from(PostTable.TABLE).orderBy(PostTable.ID.asc()))
                .collectList()
                .block())
        .containsExactly(1L, 2L, 3L);
  }

  @Test
  void locking() {
    // tag::locking[]
    // A job queue: take up to 10 rows nobody else holds, inside a transaction.
    Select<Account> next =
        selectFrom(AccountTable.TABLE)
            .where(AccountTable.ROLE.eq(Role.MEMBER))
            .limit(10)
            .lock(Lock.Strength.UPDATE, Lock.Wait.SKIP_LOCKED); // FOR UPDATE SKIP LOCKED
    Mono<List<Account>> claimed = db.inTransaction(tx -> queries.fetch(next).collectList());
    // end::locking[]
    assertThat(claimed.block()).hasSize(1);
  }

  @Test
  void writes() {
    // tag::writes[]
    Mono<Account> inserted =
        queries.fetchOne(
            insertInto(AccountTable.TABLE)
                .set(AccountTable.EMAIL, "cy@example.com")
                .set(AccountTable.ROLE, Role.GUEST)
                .returning()); // RETURNING every column, as a record

    Mono<Long> renamed =
        queries.execute(
            update(AccountTable.TABLE)
                .set(AccountTable.NICKNAME, "cy")
                .set(AccountTable.VERSION, Functions.add(AccountTable.VERSION, 1L))
                .where(AccountTable.EMAIL.eq("cy@example.com"))); // rows updated

    // UPDATE ... FROM and DELETE ... USING join other tables
    Mono<Long> writers =
        queries.execute(
            update(AccountTable.TABLE)
                .set(AccountTable.NICKNAME, "writer")
                .from(PostTable.TABLE)
                .where(
                    PostTable.AUTHOR_ID.eq(AccountTable.ID).and(AccountTable.NICKNAME.isNull())));
    Mono<Long> silent =
        queries.execute(
            deleteFrom(AccountTable.TABLE)
                .where(
                    Condition.notExists(
                        selectOne()
                            .from(PostTable.TABLE)
                            .where(PostTable.AUTHOR_ID.eq(AccountTable.ID)))));
    // end::writes[]
    assertThat(inserted.block().role()).isEqualTo(Role.GUEST);
    assertThat(renamed.block()).isEqualTo(1);
    assertThat(writers.block()).isEqualTo(1);
    assertThat(silent.block()).isEqualTo(1);
  }

  @Test
  void upserts() {
    // tag::upserts[]
    // INSERT ... ON CONFLICT ("email") DO UPDATE SET "nickname" = EXCLUDED."nickname", "version" =
    // "account"."version" + $3
    var upsert =
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@example.com")
            .set(AccountTable.NICKNAME, "ada")
            .onConflict(List.of(AccountTable.EMAIL))
            .doUpdateSet(AccountTable.NICKNAME, excluded(AccountTable.NICKNAME))
            .andSet(AccountTable.VERSION, Functions.add(AccountTable.VERSION, 1L))
            .where(AccountTable.ROLE.ne(Role.GUEST)); // DO UPDATE ... WHERE

    var ignore =
        insertInto(AccountTable.TABLE)
            .set(AccountTable.EMAIL, "ada@example.com")
            .onConflictOnConstraint("account_email_key")
            .doNothing();
    // end::upserts[]
    assertThat(queries.fetchOne(upsert.returning()).block().nickname()).isEqualTo("ada");
    assertThat(queries.execute(ignore).block()).isZero();
  }

  @Test
  void postgresOperators() throws Exception {
    ObjectMapper json = new ObjectMapper();
    // tag::operators[]
    Condition tagged = PgArrays.contains(PostTable.TAGS, List.of("intro")); // tags @> $1::text[]
    Condition either =
        PgArrays.overlaps(PostTable.TAGS, List.of("news", "x")); // tags && $1::text[]
    Expr<Integer> tagCount = PgArrays.length(PostTable.TAGS); // cardinality(tags)

    Condition found =
        TextSearch.matches(
            TextSearch.toTsvector("english", PostTable.BODY),
            TextSearch.websearchToTsquery("english", "hello -goodbye"));

    Expr<String> kind =
        when(PostTable.BODY.like("Hello%"), Dsl.val("greeting"))
            .when(PostTable.BODY.like("%post%"), Dsl.val("post"))
            .otherwise(Dsl.val("other")); // CASE WHEN ... END
    Expr<String> nick = Functions.coalesce(AccountTable.NICKNAME, "(none)");
    Expr<com.fasterxml.jackson.databind.JsonNode> doc = Jsonb.toJsonb(AccountTable.EMAIL);
    Condition isString = Jsonb.typeOf(doc).eq("string");
    // end::operators[]
    assertThat(queries.count(selectFrom(PostTable.TABLE).where(tagged)).block()).isEqualTo(2);
    assertThat(queries.count(selectFrom(PostTable.TABLE).where(either)).block()).isEqualTo(1);
    assertThat(
            queries
                .fetch(select(tagCount).from(PostTable.TABLE).orderBy(PostTable.ID.asc()))
                .collectList()
                .block())
        .containsExactly(1, 2, 0);
    assertThat(queries.count(selectFrom(PostTable.TABLE).where(found)).block()).isEqualTo(1);
    assertThat(
            queries
                .fetch(select(kind).from(PostTable.TABLE).orderBy(PostTable.ID.asc()))
                .collectList()
                .block())
        .containsExactly("greeting", "post", "other");
    assertThat(
            queries
                .fetch(select(nick).from(AccountTable.TABLE).orderBy(AccountTable.EMAIL.asc()))
                .collectList()
                .block())
        .containsExactly("(none)", "bobby");
    assertThat(queries.count(selectFrom(AccountTable.TABLE).where(isString)).block()).isEqualTo(2);
    assertThat(json).isNotNull();
  }

  @Test
  void repositories() {
    // tag::repository[]
    final class AccountRepository extends BaseRepository<Account, UUID> {
      AccountRepository(QueryClient queries) {
        super(
            queries,
            AccountTable.TABLE,
            AccountTable.ID,
            AccountTable.VERSION); // version: optimistic locking
      }
    }
    AccountRepository repo = new AccountRepository(queries);

    Account cy =
        repo.insert(new Account(null, "cy@example.com", Role.GUEST, null, null, null)).block();
    Mono<Account> found = repo.findById(cy.id());
    Mono<Account> changed =
        repo.update(cy.id(), u -> u.set(AccountTable.NICKNAME, "cy")); // partial
    Flux<Account> members =
        repo.findAll(AccountTable.ROLE.eq(Role.MEMBER), AccountTable.EMAIL.asc());
    Mono<Page<Account>> page =
        repo.findPage(Condition.none(), List.of(AccountTable.EMAIL.asc()), PageRequest.of(0, 2));
    // end::repository[]
    assertThat(found.block()).isEqualTo(cy);
    assertThat(changed.block().version()).isEqualTo(1L);
    assertThat(members.count().block()).isEqualTo(1);
    assertThat(page.block().total()).isEqualTo(3);

    // tag::locking-conflict[]
    Account stale = cy; // read at version 0; the row is at version 1 now
    Mono<Account> update =
        repo.update(
            new Account(
                stale.id(), stale.email(), Role.ADMIN, null, stale.createdAt(), stale.version()));
    // fails with OptimisticLockException: "Row of public.account with id = ... was changed by
    // another
    // transaction: it was read at version 0, it is at version 1 now. Hint: read the row again and
    // retry the change"
    // end::locking-conflict[]
    assertThatThrownBy(update::block).isInstanceOf(OptimisticLockException.class);
  }

  @Test
  void keysetPages() {
    // tag::keyset[]
    Mono<CursorPage<Account>> first =
        accounts.findPage(Condition.none(), List.of(AccountTable.EMAIL.asc()), 1, null);
    // ... hand first.next().token() to the client; when it comes back:
    Mono<CursorPage<Account>> second =
        first.flatMap(
            page ->
                accounts.findPage(
                    Condition.none(),
                    List.of(AccountTable.EMAIL.asc()),
                    1,
                    Cursor.parse(page.next().token())));
    // WHERE ("account"."email", "account"."id") > ($1, $2) ORDER BY ... LIMIT $3
    // end::keyset[]
    assertThat(second.block().items())
        .extracting(Account::email)
        .containsExactly("bob@example.com");
  }

  @Test
  void transactions() {
    // tag::transactions[]
    Mono<Post> posted =
        db.inTransaction(
            tx ->
                accounts
                    .insert(new Account(null, "dee@example.com", Role.MEMBER, null, null, null))
                    .flatMap(a -> posts.insert(new Post(null, a.id(), "First!", List.of()))));
    // end::transactions[]
    assertThat(posted.block().body()).isEqualTo("First!");
  }

  /** The key of post_label: both columns. */
  record PostLabelId(Long postId, Long labelId) {}

  @Test
  void compositeKeys() {
    Long postId = posts.findAll().blockFirst().id();
    Label red =
        new BaseRepository<>(queries, LabelTable.TABLE, LabelTable.ID)
            .insert(new Label(null, "red"))
            .block();
    // tag::composite-keys[]
    // record PostLabelId(Long postId, Long labelId) {}  -- components in key column order
    BaseRepository<PostLabel, PostLabelId> postLabels =
        new BaseRepository<>(
            queries,
            PostLabelTable.TABLE,
            Key.composite(PostLabelId.class, PostLabelTable.POST_ID, PostLabelTable.LABEL_ID));

    postLabels.insert(new PostLabel(postId, red.id())).block();
    Mono<PostLabel> one = postLabels.findById(new PostLabelId(postId, red.id()));
    // WHERE "post_label"."post_id" = $1 AND "post_label"."label_id" = $2
    Flux<PostLabel> some =
        postLabels.findAllById(
            List.of(new PostLabelId(postId, red.id()), new PostLabelId(postId, -1L)));
    // WHERE ("post_label"."post_id", "post_label"."label_id")
    //   = ANY (SELECT "k"."c1", "k"."c2"
    //          FROM unnest($1::bigint[], $2::bigint[]) AS "k"("c1", "c2"))
    Mono<Boolean> removed = postLabels.deleteById(new PostLabelId(postId, red.id()));
    // end::composite-keys[]
    assertThat(one.block()).isEqualTo(new PostLabel(postId, red.id()));
    assertThat(some.collectList().block()).containsExactly(new PostLabel(postId, red.id()));
    assertThat(removed.block()).isTrue();
    assertThat(one.blockOptional()).isEmpty();
  }

  @Test
  void includes() {
    // tag::includes[]
    Include<Account> include =
        Include.of(AccountTable.Relations.POSTS, Include.of(PostTable.Relations.COMMENTS))
            .and(AccountTable.Relations.PROFILE);
    Flux<Loaded<Account>> loaded =
        Relations.fetch(
            queries, selectFrom(AccountTable.TABLE).orderBy(AccountTable.EMAIL.asc()), include);
    // 4 statements whatever the number of accounts: accounts, posts, comments, profiles.

    loaded.subscribe(
        account -> {
          List<Post> theirPosts = account.rows(AccountTable.Relations.POSTS);
          account
              .many(AccountTable.Relations.POSTS)
              .forEach(p -> p.rows(PostTable.Relations.COMMENTS));
          account.oneRow(AccountTable.Relations.PROFILE); // Optional<Profile>
        });
    // end::includes[]
    List<Loaded<Account>> list = loaded.collectList().block();
    assertThat(list.get(0).rows(AccountTable.Relations.POSTS)).hasSize(2);
  }

  @Test
  void streamingAndBatches() {
    List<Post> manyPosts =
        List.of(new Post(null, accounts.findAll().blockFirst().id(), "batch", List.of("a")));
    // tag::bulk[]
    // Big results: a portal with a fetch size, backpressure to the server.
    Flux<Post> everything = queries.stream(selectFrom(PostTable.TABLE), 500);

    // One statement for any number of rows: INSERT ... SELECT ... FROM unnest($1::uuid[], ...)
    Flux<Post> stored = posts.insertAll(manyPosts); // RETURNING, in order
    Flux<Post> upserted = posts.upsertAll(manyPosts); // ON CONFLICT (id) DO UPDATE

    // The bulk-load path: COPY ... FROM STDIN (no RETURNING, no ON CONFLICT)
    Mono<Long> copied = posts.copyIn(Flux.fromIterable(manyPosts));
    // end::bulk[]
    assertThat(everything.count().block()).isEqualTo(3);
    assertThat(stored.count().block()).isEqualTo(1);
    assertThat(upserted.count().block()).isEqualTo(1);
    assertThat(copied.block()).isEqualTo(1);
  }

  @Test
  void escapeHatches() {
    record Summary(String email, long posts) {}
    // tag::raw[]
    RawQuery<Summary> summary =
        RawQuery.of(
                """
                SELECT a.email, count(p.id) AS posts
                FROM account a LEFT JOIN post p ON p.author_id = a.id
                WHERE a.role = :role::role OR a.email = :email
                GROUP BY a.email""",
                Summary.class)
            .bind("role", Role.ADMIN)
            .bind("email", "nobody@example.com");
    Flux<Summary> rows = queries.fetch(summary); // columns mapped to components by name
    // end::raw[]
    assertThat(rows.collectList().block()).containsExactly(new Summary("ada@example.com", 2));

    // tag::tenancy[]
    QueryClient tenants =
        QueryClient.of(
            db,
            QueryOptions.builder()
                .schemas(
                    ctx -> SchemaMapping.of(Map.of("public", ctx.getOrDefault("tenant", "public"))))
                .build());
    Mono<Long> inTenant =
        tenants
            .count(selectFrom(AccountTable.TABLE))
            .contextWrite(ctx -> ctx.put("tenant", "public"));
    // end::tenancy[]
    assertThat(inTenant.block()).isEqualTo(2);
    assertThat(Duration.ZERO).isZero();
  }
}
