package io.pgorm.query.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.query.QueryClient;
import io.pgorm.query.RawQuery;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.it.HostileInputTest.Evil;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.query.repository.Cursor;
import io.pgorm.query.repository.CursorPage;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

/**
 * Hostile strings through the repository paths that build SQL or data of their own: the unnest
 * batch, COPY's text format, upserts, coalesced look-ups, cursor tokens and raw named parameters,
 * on a table whose schema, table and column names are hostile too.
 */
@PgTest
class HostileRepositoryTest {

  static final List<String> HOSTILE =
      List.of(
          "'; DROP TABLE account; --",
          "$1",
          "$1::text); SELECT pg_sleep(10); --",
          "\"quoted\"",
          "back\\slash",
          "tab\tnew\nline\rcr",
          "\\N",
          "emoji 🐘 and RTL \u202Eevil",
          "combining é and 中文",
          "");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static PgOrm db;
  private static QueryClient q;
  private static BaseRepository<Evil, Long> evil;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    db.sql("CREATE SCHEMA \"we\"\"ird; --\"").execute().block();
    db.sql(
            "CREATE TABLE \"we\"\"ird; --\".\"t'ab\"\"le $1\" (\"i\"\"d\" bigint PRIMARY KEY,"
                + " \"te;xt--\" text)")
        .execute()
        .block();
    q = QueryClient.of(db);
    evil = new BaseRepository<>(q, HostileInputTest.EVIL, HostileInputTest.ID);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void empty() {
    evil.deleteAll(Condition.none()).block(TIMEOUT);
  }

  private static List<Evil> rows(long from) {
    List<Evil> rows = new ArrayList<>();
    for (int i = 0; i < HOSTILE.size(); i++) {
      rows.add(new Evil(from + i, HOSTILE.get(i)));
    }
    return rows;
  }

  @Test
  void batchesCopyAndUpsertsStoreHostileTextVerbatim() {
    assertThat(evil.insertAll(rows(0)).collectList().block(TIMEOUT)).isEqualTo(rows(0));
    assertThat(evil.copyIn(Flux.fromIterable(rows(100))).block(TIMEOUT)).isEqualTo(HOSTILE.size());
    List<Evil> swapped = new ArrayList<>();
    for (Evil e : rows(0)) {
      swapped.add(new Evil(e.id(), e.text() + e.text()));
    }
    assertThat(evil.upsertAll(swapped).collectList().block(TIMEOUT)).isEqualTo(swapped);
    // Read back through the coalesced look-up (= ANY($1)) and one by one.
    List<Long> ids = new ArrayList<>();
    for (Evil e : rows(100)) {
      ids.add(e.id());
    }
    assertThat(
            Flux.fromIterable(ids)
                .flatMapSequential(evil::findById, ids.size())
                .collectList()
                .block(TIMEOUT))
        .isEqualTo(rows(100));
    for (Evil e : rows(100)) {
      assertThat(evil.exists(HostileInputTest.TEXT.eq(e.text())).block(TIMEOUT)).isTrue();
    }
    assertThat(evil.count(Condition.none()).block(TIMEOUT)).isEqualTo(2L * HOSTILE.size());
  }

  @Test
  void cursorsCarryHostileKeysAsDataAndRefuseForgedTokens() {
    evil.insertAll(rows(0)).then().block(TIMEOUT);
    List<String> seen = new ArrayList<>();
    Cursor after = null;
    do {
      CursorPage<Evil> page =
          evil.findPage(Condition.none(), List.of(HostileInputTest.TEXT.asc()), 3, after)
              .block(TIMEOUT);
      page.items().forEach(e -> seen.add(e.text()));
      // The token travels through a client as text and comes back.
      after = page.next() == null ? null : Cursor.parse(page.next().token());
    } while (after != null);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(HOSTILE);
    assertThatThrownBy(() -> Cursor.parse("'; DROP TABLE account; --"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a cursor token: \"'; DROP TABLE account; --\". Hint: pass back the token of"
                + " CursorPage.next() unchanged");
  }

  @Test
  void rawNamedParametersBindHostileValuesAndRefuseUnknownNames() {
    evil.insertAll(rows(0)).then().block(TIMEOUT);
    for (String h : HOSTILE) {
      RawQuery<Long> raw =
          RawQuery.of(
                  "SELECT \"i\"\"d\" FROM \"we\"\"ird; --\".\"t'ab\"\"le $1\""
                      + " WHERE \"te;xt--\" = :v -- :v in a comment is not a parameter",
                  (row, meta) -> row.get(0, Long.class))
              .bind("v", h);
      assertThat(q.fetch(raw).collectList().block(TIMEOUT)).as(h).hasSize(1);
    }
    assertThatThrownBy(() -> RawQuery.of("SELECT :v", (row, meta) -> 1).bind("v; --", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("v; --");
  }
}
