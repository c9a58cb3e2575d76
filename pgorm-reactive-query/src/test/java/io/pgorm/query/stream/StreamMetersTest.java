package io.pgorm.query.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.metrics.PgOrmMeters;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/** Streams and COPY are statements too: the statement meters time and count them. */
@PgTest
class StreamMetersTest {

  private static PgOrm db;
  private static SimpleMeterRegistry meters;
  private static QueryClient q;
  private static BaseRepository<Account, UUID> accounts;

  @BeforeAll
  static void setUp(TestDatabase database) {
    meters = new SimpleMeterRegistry();
    db = Shop.client(database, meters);
    Shop.create(db);
    q = QueryClient.of(db);
    accounts = new BaseRepository<>(q, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  private static long count(String operation, String outcome) {
    Timer t =
        meters
            .find(PgOrmMeters.STATEMENT)
            .tag(PgOrmMeters.TAG_OPERATION, operation)
            .tag(PgOrmMeters.TAG_TABLE, "public.account")
            .tag(PgOrmMeters.TAG_OUTCOME, outcome)
            .timer();
    return t == null ? 0 : t.count();
  }

  @Test
  void copyInAndStreamsAreTimedAndCounted() {
    List<Account> rows = new ArrayList<>();
    for (int i = 0; i < 2500; i++) {
      rows.add(new Account(UUID.randomUUID(), "copy" + i + "@x", Role.GUEST, null, null, null));
    }
    long copiesBefore = count("copy", "success");
    Long copied = accounts.copyIn(Flux.fromIterable(rows)).block(Duration.ofSeconds(30));
    assertThat(copied).isEqualTo(2500L);
    // COPY is its own operation, on the table it names.
    assertThat(count("copy", "success") - copiesBefore).isEqualTo(1);

    long selectsBefore = count("select", "success");
    List<Account> streamed =
        q.stream(Dsl.selectFrom(AccountTable.TABLE), 100)
            .collectList()
            .block(Duration.ofSeconds(30));
    assertThat(streamed).hasSize(2500);
    assertThat(count("select", "success") - selectsBefore).isEqualTo(1);

    long cancelsBefore = count("select", "cancel");
    List<Account> first =
        q.stream(Dsl.selectFrom(AccountTable.TABLE), 10)
            .take(15)
            .collectList()
            .block(Duration.ofSeconds(30));
    assertThat(first).hasSize(15);
    assertThat(count("select", "cancel") - cancelsBefore).isEqualTo(1);
  }
}
