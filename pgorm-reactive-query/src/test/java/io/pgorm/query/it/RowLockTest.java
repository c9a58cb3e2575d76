package io.pgorm.query.it;

import static io.pgorm.query.Dsl.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.error.LockNotAvailableException;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Lock;
import io.pgorm.query.fixture.Account;
import io.pgorm.query.fixture.AccountTable;
import io.pgorm.query.fixture.Role;
import io.pgorm.query.fixture.Shop;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

/**
 * Every lock strength and wait policy against a row another session holds: SKIP LOCKED skips it,
 * NOWAIT fails at once with the lock error, and strengths that do not conflict go through.
 */
@PgTest
class RowLockTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static PgOrm db;
  private static QueryClient q;
  private PostgresqlConnection holder;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    Shop.create(db);
    q = QueryClient.of(db);
    new Seed(q);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  /** Another session takes {@code strength} on ada's row (the admin) and keeps it. */
  private void hold(String strength) {
    holder = db.openDedicatedConnection().block(TIMEOUT);
    Mono.from(holder.createStatement("BEGIN").execute())
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .then(
            Mono.from(
                    holder
                        .createStatement("SELECT id FROM account WHERE role = 'admin' " + strength)
                        .execute())
                .flatMapMany(r -> r.map((row, meta) -> row.get(0)))
                .then())
        .block(TIMEOUT);
  }

  @BeforeEach
  void lockAda() {
    hold("FOR UPDATE");
  }

  @AfterEach
  void release() {
    Mono.from(holder.close()).block(TIMEOUT);
  }

  private static List<String> emails(Select<Account> select) {
    return q.fetch(select.orderBy(AccountTable.EMAIL.asc()))
        .map(Account::email)
        .collectList()
        .block(TIMEOUT);
  }

  @Test
  void skipLockedSkipsTheHeldRowForEveryStrength() {
    for (Lock.Strength s : Lock.Strength.values()) {
      Select<Account> select = selectFrom(AccountTable.TABLE).lock(s, Lock.Wait.SKIP_LOCKED);
      assertThat(select.toSql().sql()).endsWith(s.sql() + " SKIP LOCKED");
      assertThat(emails(select))
          .as(s.toString())
          .containsExactly("Cy@Example.com", "bob@example.com");
    }
  }

  @Test
  void nowaitFailsAtOnceWithTheLockError() {
    for (Lock.Strength s : Lock.Strength.values()) {
      Select<Account> select =
          selectFrom(AccountTable.TABLE)
              .where(AccountTable.ROLE.eq(Role.ADMIN))
              .lock(s, Lock.Wait.NOWAIT);
      assertThat(select.toSql().sql()).endsWith(s.sql() + " NOWAIT");
      assertThatThrownBy(() -> emails(select))
          .as(s.toString())
          .isInstanceOf(LockNotAvailableException.class)
          .hasMessageContaining("55P03");
    }
    // Rows nobody holds are locked at once.
    assertThat(
            emails(
                selectFrom(AccountTable.TABLE)
                    .where(AccountTable.ROLE.ne(Role.ADMIN))
                    .lock(Lock.Strength.UPDATE, Lock.Wait.NOWAIT)))
        .containsExactly("Cy@Example.com", "bob@example.com");
  }

  @Test
  void strengthsThatDoNotConflictGoThrough() {
    release();
    hold("FOR NO KEY UPDATE");
    // FOR KEY SHARE is compatible with FOR NO KEY UPDATE; FOR SHARE is not.
    assertThat(
            emails(
                selectFrom(AccountTable.TABLE)
                    .where(AccountTable.ROLE.eq(Role.ADMIN))
                    .lock(Lock.Strength.KEY_SHARE, Lock.Wait.NOWAIT)))
        .containsExactly("ada@example.com");
    assertThatThrownBy(
            () ->
                emails(
                    selectFrom(AccountTable.TABLE)
                        .where(AccountTable.ROLE.eq(Role.ADMIN))
                        .lock(Lock.Strength.SHARE, Lock.Wait.NOWAIT)))
        .isInstanceOf(LockNotAvailableException.class);
    release();
    hold("FOR SHARE");
    // Two sessions may share a row; an update lock must wait (NOWAIT: fails).
    assertThat(
            emails(
                selectFrom(AccountTable.TABLE)
                    .where(AccountTable.ROLE.eq(Role.ADMIN))
                    .lock(Lock.Strength.SHARE, Lock.Wait.NOWAIT)))
        .containsExactly("ada@example.com");
    assertThatThrownBy(
            () ->
                emails(
                    selectFrom(AccountTable.TABLE)
                        .where(AccountTable.ROLE.eq(Role.ADMIN))
                        .lock(Lock.Strength.NO_KEY_UPDATE, Lock.Wait.NOWAIT)))
        .isInstanceOf(LockNotAvailableException.class);
  }
}
