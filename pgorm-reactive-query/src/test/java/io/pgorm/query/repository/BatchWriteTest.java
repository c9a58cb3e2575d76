package io.pgorm.query.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.error.UniqueViolationException;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
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
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** insertAll/upsertAll as one unnest statement, and COPY as the bulk-load path. */
@PgTest
class BatchWriteTest {

  private static PgOrm db;
  private static SimpleMeterRegistry meters;
  private static BaseRepository<Account, UUID> accounts;
  private static BaseRepository<Post, Long> posts;
  private static Account author;

  @BeforeAll
  static void setUp(TestDatabase database) {
    meters = new SimpleMeterRegistry();
    db = Shop.client(database, meters);
    Shop.create(db);
    QueryClient q = QueryClient.of(db);
    accounts = new BaseRepository<>(q, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
    posts = new BaseRepository<>(q, PostTable.TABLE, PostTable.ID);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.sql("TRUNCATE account CASCADE").execute().block();
    author = accounts.insert(new Account(null, "author@x", Role.ADMIN, null, null, null)).block();
  }

  private static List<Post> posts(int n) {
    List<Post> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Post(
              null,
              author.id(),
              "body\t" + i + "\nline \\ two",
              List.of("t" + i, "x y", "q\"uote")));
    }
    return out;
  }

  @Test
  @Tag("smoke")
  void insertAllOfTenThousandRowsIsOneStatementReturningRowsInOrder() {
    long before = Shop.statements(meters);
    List<Post> stored = posts.insertAll(posts(10_000)).collectList().block(Duration.ofSeconds(60));
    assertThat(Shop.statements(meters) - before).isEqualTo(1);
    assertThat(stored).hasSize(10_000);
    for (int i = 0; i < stored.size(); i++) {
      assertThat(stored.get(i).body()).isEqualTo("body\t" + i + "\nline \\ two");
      assertThat(stored.get(i).tags()).containsExactly("t" + i, "x y", "q\"uote");
    }
    assertThat(stored.get(9_999).id()).isGreaterThan(stored.get(0).id());
  }

  @Test
  void upsertAllUpdatesExistingRowsAndInsertsNewOnes() {
    List<Account> first = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      first.add(new Account(UUID.randomUUID(), "u" + i + "@x", Role.MEMBER, null, null, null));
    }
    accounts.insertAll(first).blockLast();
    List<Account> second = new ArrayList<>();
    for (int i = 50; i < 150; i++) {
      UUID id = i < 100 ? first.get(i).id() : UUID.randomUUID();
      second.add(new Account(id, "u" + i + "@x", Role.GUEST, "n" + i, null, null));
    }
    assertThat(accounts.upsertAll(second).count().block()).isEqualTo(100);
    assertThat(accounts.count(AccountTable.ROLE.eq(Role.GUEST)).block()).isEqualTo(100);
    assertThat(accounts.count(Condition.none()).block()).isEqualTo(151);
  }

  @Test
  void copyLoadsRowsWithAwkwardTextAndArrays() {
    long copied = posts.copyIn(Flux.fromIterable(posts(2_500))).block(Duration.ofSeconds(60));
    assertThat(copied).isEqualTo(2_500);
    List<Post> read = posts.findAll(Condition.none(), PostTable.ID.asc()).collectList().block();
    assertThat(read).hasSize(2_500);
    assertThat(read.get(7).body()).isEqualTo("body\t7\nline \\ two");
    assertThat(read.get(7).tags()).containsExactly("t7", "x y", "q\"uote");
    List<Account> people =
        List.of(new Account(UUID.randomUUID(), "c@x", Role.GUEST, null, null, 0L));
    assertThat(accounts.copyIn(Flux.fromIterable(people)).block()).isEqualTo(1);
    assertThatThrownBy(() -> accounts.copyIn(Flux.fromIterable(people)).block())
        .isInstanceOf(UniqueViolationException.class);
  }

  @Test
  void copyJoinsTheTransaction() {
    Account a = new Account(UUID.randomUUID(), "tx@x", Role.GUEST, null, null, 0L);
    assertThatThrownBy(
            () ->
                db.inTransaction(
                        tx ->
                            accounts
                                .copyIn(Flux.just(a))
                                .then(accounts.existsById(a.id()))
                                .flatMap(
                                    seen ->
                                        seen
                                            ? reactor.core.publisher.Mono.<Boolean>error(
                                                new IllegalStateException("seen, rolling back"))
                                            : reactor.core.publisher.Mono.just(false)))
                    .block())
        .hasMessage("seen, rolling back");
    assertThat(accounts.existsById(a.id()).block()).isFalse();
    assertThat(Dsl.insertInto(AccountTable.TABLE).toString()).contains("DEFAULT VALUES");
  }
}
