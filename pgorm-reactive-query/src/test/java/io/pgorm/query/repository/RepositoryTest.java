package io.pgorm.query.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.error.UniqueViolationException;
import io.pgorm.query.QueryClient;
import io.pgorm.query.QueryOptions;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Post;
import io.pgorm.query.fixture.PostTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/** The generic repository on a real server. */
@PgTest
class RepositoryTest {

  static final class Accounts extends BaseRepository<Account, UUID> {
    Accounts(QueryClient q) {
      super(q, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
    }
  }

  private static PgOrm db;
  private static SimpleMeterRegistry meters;
  private static QueryClient q;
  private static Accounts accounts;
  private static BaseRepository<Post, Long> posts;

  @BeforeAll
  static void setUp(TestDatabase database) {
    meters = new SimpleMeterRegistry();
    db = Shop.client(database, meters);
    Shop.create(db);
    q = QueryClient.of(db);
    accounts = new Accounts(q);
    posts = new BaseRepository<>(q, PostTable.TABLE, PostTable.ID);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.sql("TRUNCATE account CASCADE").execute().block();
  }

  private static Account account(String email) {
    return new Account(null, email, null, null, null, null);
  }

  private static <T> T get(Mono<T> mono) {
    return Objects.requireNonNull(mono.block(Duration.ofSeconds(10)));
  }

  @Test
  @Tag("smoke")
  void insertFindUpdateDelete() {
    Account ada = get(accounts.insert(account("ada@x")));
    assertThat(ada.id()).isNotNull();
    assertThat(ada.role()).isEqualTo(Role.MEMBER);
    assertThat(get(accounts.findById(ada.id()))).isEqualTo(ada);
    assertThat(accounts.findById(UUID.randomUUID()).block()).isNull();

    Account renamed =
        get(
            accounts.update(
                new Account(ada.id(), "ada@y", Role.ADMIN, "A", ada.createdAt(), ada.version())));
    assertThat(renamed.email()).isEqualTo("ada@y");
    assertThat(renamed.version()).isEqualTo(1L);
    assertThat(get(accounts.existsById(ada.id()))).isTrue();
    assertThat(get(accounts.delete(renamed))).isTrue();
    assertThat(get(accounts.existsById(ada.id()))).isFalse();
  }

  @Test
  void optimisticLockingNamesTheRow() {
    Account ada = get(accounts.insert(account("ada@x")));
    get(accounts.update(new Account(ada.id(), "ada@y", Role.MEMBER, null, ada.createdAt(), 0L)));
    Account stale = new Account(ada.id(), "ada@z", Role.MEMBER, null, ada.createdAt(), 0L);
    assertThatThrownBy(() -> accounts.update(stale).block())
        .isInstanceOf(OptimisticLockException.class)
        .hasMessage(
            "Row of public.account with id = "
                + ada.id()
                + " was changed by another transaction: it was read at version 0, it is at version"
                + " 1 now. Hint: read the row again and retry the change");
    assertThatThrownBy(() -> accounts.delete(stale).block())
        .isInstanceOf(OptimisticLockException.class);
    get(accounts.deleteById(ada.id()));
    assertThatThrownBy(() -> accounts.update(stale).block())
        .hasMessageContaining("was deleted by another transaction");
  }

  @Test
  void partialUpdateBumpsTheVersion() {
    Account ada = get(accounts.insert(account("ada@x")));
    Account after = get(accounts.update(ada.id(), u -> u.set(AccountTable.NICKNAME, "nick")));
    assertThat(after.nickname()).isEqualTo("nick");
    assertThat(after.email()).isEqualTo("ada@x");
    assertThat(after.version()).isEqualTo(1L);
    assertThat(accounts.update(UUID.randomUUID(), u -> u.set(AccountTable.NICKNAME, "x")).block())
        .isNull();
  }

  @Test
  void upsertInsertsThenUpdates() {
    UUID id = UUID.randomUUID();
    Account first = get(accounts.upsert(new Account(id, "u@x", Role.GUEST, null, null, null)));
    assertThat(first.role()).isEqualTo(Role.GUEST);
    Account second = get(accounts.upsert(new Account(id, "u@y", Role.ADMIN, "n", null, null)));
    assertThat(second.email()).isEqualTo("u@y");
    assertThat(second.role()).isEqualTo(Role.ADMIN);
    assertThat(get(accounts.count(Condition.none()))).isEqualTo(1);
  }

  @Test
  void insertAllUsesOneStatementShapeForEverySize() {
    Account ada = get(accounts.insert(account("ada@x")));
    List<Post> three =
        List.of(
            new Post(null, ada.id(), "one", List.of("a", "b,c", "d\"e")),
            new Post(null, ada.id(), "two", List.of()),
            new Post(null, ada.id(), "three", List.of("{x}")));
    List<Post> stored = posts.insertAll(three).collectList().block();
    assertThat(stored).extracting(Post::body).containsExactly("one", "two", "three");
    assertThat(stored)
        .extracting(Post::tags)
        .containsExactly(List.of("a", "b,c", "d\"e"), List.of(), List.of("{x}"));
    assertThat(stored).allSatisfy(p -> assertThat(p.id()).isNotNull());
    String sql1 =
        io.pgorm.query.Dsl.insertInto(PostTable.TABLE)
            .rowsUnnested(three.subList(0, 1))
            .toSql()
            .sql();
    String sql3 = io.pgorm.query.Dsl.insertInto(PostTable.TABLE).rowsUnnested(three).toSql().sql();
    assertThat(sql1).isEqualTo(sql3);
    assertThat(sql3)
        .isEqualTo(
            "INSERT INTO \"public\".\"post\" (\"author_id\", \"body\", \"tags\") SELECT \"u\".\"c1\","
                + " \"u\".\"c2\", CAST(\"u\".\"c3\" AS text[]) FROM unnest($1::uuid[], $2::text[],"
                + " $3::text[]) WITH ORDINALITY AS \"u\"(\"c1\", \"c2\", \"c3\", \"n\") ORDER BY"
                + " \"u\".\"n\"");
    List<Account> many = new ArrayList<>();
    for (int i = 0; i < 2000; i++) {
      many.add(
          new Account(null, "user" + i + "@x", i % 2 == 0 ? Role.GUEST : null, null, null, null));
    }
    assertThatThrownBy(() -> accounts.insertAll(many).blockLast())
        .hasMessageStartingWith(
            "column public.account.role has a default but is null in 1000 of 2000 rows");
    many.replaceAll(a -> new Account(null, a.email(), Role.GUEST, null, null, null));
    assertThat(accounts.insertAll(many).count().block()).isEqualTo(2000);
    assertThat(
            accounts
                .upsertAll(List.of(new Account(ada.id(), "ada@new", Role.ADMIN, null, null, null)))
                .blockLast())
        .extracting(Account::email)
        .isEqualTo("ada@new");
  }

  @Test
  void findAllFilterSortAndOffsetPages() {
    for (int i = 0; i < 7; i++) {
      get(
          accounts.insert(
              new Account(
                  null, "u" + i + "@x", i < 3 ? Role.ADMIN : Role.GUEST, null, null, null)));
    }
    assertThat(
            accounts
                .findAll(AccountTable.ROLE.eq(Role.ADMIN), AccountTable.EMAIL.desc())
                .collectList()
                .block())
        .extracting(Account::email)
        .containsExactly("u2@x", "u1@x", "u0@x");
    Page<Account> page =
        get(
            accounts.findPage(
                AccountTable.ROLE.eq(Role.GUEST),
                List.of(AccountTable.EMAIL.asc()),
                PageRequest.of(1, 3)));
    assertThat(page.items()).extracting(Account::email).containsExactly("u6@x");
    assertThat(page.total()).isEqualTo(4);
    assertThat(page.totalPages()).isEqualTo(2);
    assertThat(page.hasNext()).isFalse();
    assertThat(
            accounts
                .findAllById(List.of(page.items().get(0).id(), UUID.randomUUID()))
                .collectList()
                .block())
        .hasSize(1);
    assertThat(get(accounts.exists(AccountTable.EMAIL.eq("u3@x")))).isTrue();
    assertThat(get(accounts.deleteAll(AccountTable.ROLE.eq(Role.ADMIN)))).isEqualTo(3);
  }

  @Test
  void keysetPagesVisitEveryRowOnce() {
    for (int i = 0; i < 10; i++) {
      get(
          accounts.insert(
              new Account(
                  null,
                  "k" + (i % 4) + "-" + i + "@x",
                  i % 3 == 0 ? Role.ADMIN : Role.MEMBER,
                  null,
                  null,
                  null)));
    }
    for (List<io.pgorm.query.expr.SortField> sort :
        List.of(
            List.of(AccountTable.EMAIL.asc()),
            List.of(AccountTable.ROLE.desc(), AccountTable.EMAIL.asc()))) {
      List<String> seen = new ArrayList<>();
      Cursor cursor = null;
      int pages = 0;
      do {
        CursorPage<Account> page = get(accounts.findPage(Condition.none(), sort, 3, cursor));
        page.items().forEach(a -> seen.add(a.email()));
        cursor = page.next() == null ? null : Cursor.parse(page.next().token());
        pages++;
      } while (cursor != null);
      assertThat(pages).isEqualTo(4);
      List<String> all =
          accounts
              .findAll(Condition.none(), sort.toArray(io.pgorm.query.expr.SortField[]::new))
              .map(Account::email)
              .collectList()
              .block();
      assertThat(seen).isEqualTo(all);
    }
    assertThatThrownBy(() -> Cursor.parse("not a token!"))
        .hasMessageStartingWith("not a cursor token: \"not a token!\"");
    Cursor wrong = new Cursor(List.of("x", UUID.randomUUID().toString()));
    assertThatThrownBy(
            () ->
                accounts
                    .findPage(Condition.none(), List.of(AccountTable.CREATED_AT.asc()), 3, wrong)
                    .block())
        .hasMessageStartingWith(
            "cursor key \"x\" is not a value of column public.account.created_at");
  }

  @Test
  void statementsJoinTheCurrentTransaction() {
    UUID id =
        db.inTransaction(
                tx ->
                    accounts
                        .insert(account("tx@x"))
                        .flatMap(a -> accounts.findById(a.id()))
                        .map(Account::id))
            .block();
    assertThat(get(accounts.existsById(id))).isTrue();
    Mono<Account> rolledBack =
        db.inTransaction(
            tx ->
                accounts
                    .insert(account("gone@x"))
                    .flatMap(a -> accounts.findById(a.id()))
                    .flatMap(a -> Mono.<Account>error(new IllegalStateException("roll back"))));
    assertThatThrownBy(rolledBack::block).hasMessage("roll back");
    assertThat(get(accounts.exists(AccountTable.EMAIL.eq("gone@x")))).isFalse();
  }

  @Test
  void errorsAreTranslated() {
    get(accounts.insert(account("ada@x")));
    assertThatThrownBy(() -> accounts.insert(account("ada@x")).block())
        .isInstanceOf(UniqueViolationException.class);
  }

  @Test
  void withoutCoalescingFindByIdIsOneStatementPerCall() {
    QueryClient plain = QueryClient.of(db, QueryOptions.builder().coalesceLookups(false).build());
    Accounts repo = new Accounts(plain);
    Account ada = get(repo.insert(account("ada@x")));
    long before = Shop.statements(meters);
    assertThat(get(repo.findById(ada.id()))).isEqualTo(ada);
    assertThat(repo.findById(UUID.randomUUID()).block()).isNull();
    assertThat(Shop.statements(meters) - before).isEqualTo(2);
  }
}
