package io.pgorm.query.repository;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.query.QueryClient;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Concurrent look-ups by key coalesce into a handful of {@code = ANY($1)} statements. */
@PgTest
class CoalescingTest {

  private static PgOrm db;
  private static SimpleMeterRegistry meters;
  private static BaseRepository<Account, UUID> accounts;
  private static List<Account> stored;

  @BeforeAll
  static void setUp(TestDatabase database) {
    meters = new SimpleMeterRegistry();
    db = PgOrm.create(Shop.builder(database).meterRegistry(meters).maxSize(8).build());
    Shop.create(db);
    QueryClient q = QueryClient.of(db);
    accounts = new BaseRepository<>(q, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
    List<Account> rows = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      rows.add(new Account(null, "user" + i + "@x", Role.MEMBER, "n" + i, null, null));
    }
    stored = accounts.insertAll(rows).collectList().block(Duration.ofSeconds(30));
  }

  /** What generated repositories do for a unique column: a constant Key and findByUnique. */
  static final class Accounts extends BaseRepository<Account, UUID> {
    private static final Key<Account, String> EMAIL_KEY = Key.of(AccountTable.EMAIL);

    Accounts(QueryClient q) {
      super(q, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
    }

    Mono<Account> findByEmail(String email) {
      return findByUnique(EMAIL_KEY, email);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  void concurrentFindByUniqueKeyCoalesces(int callers) {
    Accounts byEmail = new Accounts(QueryClient.of(db));
    List<String> emails = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      emails.add(i % 10 == 9 ? "nobody" + i + "@x" : "user" + (i % 500) + "@x");
    }
    long before = Shop.statements(meters);
    List<Optional<Account>> results =
        Flux.fromIterable(emails)
            .flatMapSequential(
                e -> byEmail.findByEmail(e).map(Optional::of).defaultIfEmpty(Optional.empty()),
                callers)
            .collectList()
            .block(Duration.ofSeconds(30));
    long statements = Shop.statements(meters) - before;
    for (int i = 0; i < callers; i++) {
      if (i % 10 == 9) {
        assertThat(results.get(i)).isEmpty();
      } else {
        assertThat(results.get(i)).contains(stored.get(i % 500));
      }
    }
    assertThat(statements).isBetween(1L, callers == 1 ? 1L : 20L);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 1000})
  @Tag("smoke")
  void concurrentFindByIdCoalescesAndEachCallerGetsItsRow(int callers) {
    List<UUID> keys = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      // Every tenth caller asks for a key that does not exist, and some ask twice for one key.
      keys.add(i % 10 == 9 ? UUID.randomUUID() : stored.get(i % 500).id());
    }
    long before = Shop.statements(meters);
    List<Optional<Account>> results =
        Flux.fromIterable(keys)
            .flatMapSequential(
                k -> accounts.findById(k).map(Optional::of).defaultIfEmpty(Optional.empty()),
                callers)
            .collectList()
            .block(Duration.ofSeconds(30));
    long statements = Shop.statements(meters) - before;
    for (int i = 0; i < callers; i++) {
      if (i % 10 == 9) {
        assertThat(results.get(i)).isEmpty();
      } else {
        assertThat(results.get(i)).contains(stored.get(i % 500));
      }
    }
    // Batches close when the caller's burst stops arriving; on a loaded 2-core machine a burst of
    // 1,000 can be split into a few more batches. Without coalescing it would be 1,000.
    assertThat(statements).isBetween(1L, callers == 1 ? 1L : 20L);
  }
}
