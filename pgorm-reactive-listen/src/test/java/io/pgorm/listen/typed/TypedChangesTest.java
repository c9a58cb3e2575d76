package io.pgorm.listen.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.PgOrm;
import io.pgorm.listen.ChangeEvent;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.ChangeLogFixture;
import io.pgorm.listen.PgListener;
import io.pgorm.listen.log.ChangePosition;
import io.pgorm.query.QueryClient;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.PgMoney;
import io.pgorm.types.PgRange;
import io.pgorm.types.TypeRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Typed change events: values equal what the query layer reads, in commit order per row. */
@PgTest
class TypedChangesTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private static PgOrm writer;
  private static PgOrm listenerClient;
  private static BaseRepository<Reading, Long> readings;

  @BeforeAll
  static void setUp(TestDatabase db) {
    // The enum registered, as applications do for enum arrays; scalar enums need no registration.
    writer =
        PgOrm.create(
            ChangeLogFixture.config(db)
                .maxSize(6)
                .typeRegistry(TypeRegistry.builder().enumType("app.mood", Mood.class).build())
                .build());
    listenerClient = ChangeLogFixture.client(db);
    ChangeLogFixture.install(writer);
    ReadingTable.create(writer);
    writer.evictPooledConnections(); // connections opened before app.mood existed lack its codec
    readings = new BaseRepository<>(QueryClient.of(writer), ReadingTable.TABLE, ReadingTable.ID);
  }

  @AfterAll
  static void tearDown() {
    writer.close();
    listenerClient.close();
  }

  @BeforeEach
  void empty() {
    ChangeLogFixture.empty(writer, "app.reading");
  }

  private static ChangeFeed feed(PgListener listener) {
    return ChangeFeed.create(
        writer, listener, ChangeFeedOptions.defaults().withPollInterval(Duration.ofMillis(500)));
  }

  private static PgListener listener() {
    return ChangeLogFixture.fastListener(listenerClient);
  }

  private static Reading sample(int i) throws Exception {
    return new Reading(
        null,
        new BigDecimal("12345.670").add(BigDecimal.valueOf(i)),
        OffsetDateTime.of(2026, 11, 24, 6, 30, 15, 123_456_000, ZoneOffset.ofHours(5)),
        new byte[] {0, 1, (byte) 0xff, (byte) i},
        i % 2 == 0 ? Mood.HAPPY : Mood.SAD,
        List.of(Mood.SAD, Mood.HAPPY),
        List.of("a b", "\"quoted\"", "", "x" + i),
        new ObjectMapper().readTree("{\"n\": 1.50, \"list\": [1, null, \"z\"], \"i\": " + i + "}"),
        PgRange.closedOpen(i, i + 10),
        PgMoney.of("-1234.56"));
  }

  @Test
  void eventsMadeBySqlAndRepositoriesArriveTypedAndEqualToWhatAQueryReturns() throws Exception {
    try (PgListener listener = listener()) {
      ChangeFeed feed = feed(listener);
      ChangePosition now = Objects.requireNonNull(feed.now().block(TIMEOUT));
      List<ChangeEvent<Reading>> seen = new CopyOnWriteArrayList<>();
      Disposable sub = feed.changes(ReadingTable.TABLE, now).subscribe(seen::add);

      // Raw SQL: every column written from its text form.
      writer
          .sql(
              "INSERT INTO app.reading (id, amount, taken_at, data, mood, moods, tags, doc, span,"
                  + " price) VALUES (1000, 1.5, '2026-01-02 03:04:05.678901+00', '\\x00ff',"
                  + " 'SAD', '{HAPPY,NULL}', '{\"x y\",NULL}', '[1.000, {\"k\": \"v\"}]',"
                  + " '[3,7)', 99.99)")
          .execute()
          .block(TIMEOUT);
      Reading bySql = readings.findById(1000L).block(TIMEOUT);
      // Through the repository: insert, update, delete.
      Reading inserted = Objects.requireNonNull(readings.insert(sample(1)).block(TIMEOUT));
      Reading updated =
          Objects.requireNonNull(
              readings.update(inserted.withAmount(new BigDecimal("0.001"))).block(TIMEOUT));
      Reading second = Objects.requireNonNull(readings.insert(sample(2)).block(TIMEOUT));
      readings.deleteById(second.id()).block(TIMEOUT);
      writer
          .sql("UPDATE app.reading SET tags = NULL, doc = NULL WHERE id = 1000")
          .execute()
          .block();
      Reading nulled = readings.findById(1000L).block(TIMEOUT);

      await().atMost(TIMEOUT).until(() -> seen.size() == 6);
      sub.dispose();

      assertThat(seen)
          .extracting(ChangeEvent::operation)
          .containsExactly(
              ChangeOperation.INSERT,
              ChangeOperation.INSERT,
              ChangeOperation.UPDATE,
              ChangeOperation.INSERT,
              ChangeOperation.DELETE,
              ChangeOperation.UPDATE);
      assertThat(seen.get(0).newRow()).usingRecursiveComparison().isEqualTo(bySql);
      assertThat(seen.get(0).oldRow()).isNull();
      assertThat(seen.get(1).newRow()).usingRecursiveComparison().isEqualTo(inserted);
      assertThat(seen.get(2).oldRow()).usingRecursiveComparison().isEqualTo(inserted);
      assertThat(seen.get(2).newRow()).usingRecursiveComparison().isEqualTo(updated);
      assertThat(seen.get(4).oldRow()).usingRecursiveComparison().isEqualTo(second);
      assertThat(seen.get(4).newRow()).isNull();
      assertThat(seen.get(4).row()).usingRecursiveComparison().isEqualTo(second);
      assertThat(seen.get(5).newRow()).usingRecursiveComparison().isEqualTo(nulled);
      // Values themselves, not only equality with the read: the decoders did real work.
      Reading first = Objects.requireNonNull(seen.get(1).newRow());
      assertThat(first.amount()).isEqualByComparingTo("12346.670");
      assertThat(first.data()).containsExactly(0, 1, 0xff, 1);
      assertThat(first.mood()).isEqualTo(Mood.SAD);
      assertThat(first.moods()).containsExactly(Mood.SAD, Mood.HAPPY);
      assertThat(first.tags()).containsExactly("a b", "\"quoted\"", "", "x1");
      assertThat(first.span()).isEqualTo(PgRange.closedOpen(1, 11));
      assertThat(first.price()).isEqualTo(PgMoney.of("-1234.56"));
      assertThat(first.takenAt().toInstant())
          .isEqualTo(OffsetDateTime.parse("2026-11-24T01:30:15.123456Z").toInstant());
      assertThat(seen.get(1).table()).isEqualTo(ReadingTable.TABLE_NAME);
      assertThat(seen).extracting(ChangeEvent::id).isSorted().doesNotHaveDuplicates();
    }
  }

  @Test
  void replayingTheStreamGivesTheTableRowForRow() {
    int writers = 4;
    int rowsPerWriter = 25;
    try (PgListener listener = listener()) {
      ChangeFeed feed = feed(listener);
      // The consumer's first position is "now": taken before any write.
      Objects.requireNonNull(feed.position("replay").block(TIMEOUT));
      List<ChangeEvent<Reading>> seen = new CopyOnWriteArrayList<>();
      Disposable sub =
          feed.consume("replay", ReadingTable.TABLE, e -> Mono.fromRunnable(() -> seen.add(e)))
              .subscribe();
      // Concurrent writers, each inserting, updating (some twice, in a transaction) and deleting
      // some of its rows: rows are touched by SQL and by the repository alike.
      Flux.range(0, writers)
          .flatMap(w -> Flux.range(0, rowsPerWriter).concatMap(i -> workOnRow(w * 1000 + i)))
          .blockLast(Duration.ofSeconds(60));
      List<Reading> table = Objects.requireNonNull(readings.findAll().collectList().block(TIMEOUT));
      long changes =
          Objects.requireNonNull(
              writer
                  .sql("SELECT count(*) FROM pgorm.change_log")
                  .first((row, meta) -> row.get(0, Long.class))
                  .block(TIMEOUT));
      await().atMost(Duration.ofSeconds(60)).until(() -> seen.size() >= changes);
      sub.dispose();

      Map<Long, Reading> replayed = new HashMap<>();
      Map<Long, List<ChangeEvent<Reading>>> perRow = new HashMap<>();
      for (ChangeEvent<Reading> e : seen) {
        Long key = Objects.requireNonNull(e.row().id());
        perRow.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        if (e.operation() == ChangeOperation.DELETE) {
          replayed.remove(key);
        } else {
          replayed.put(key, e.newRow());
        }
      }
      assertThat(seen).hasSize((int) changes);
      assertThat(replayed.keySet())
          .containsExactlyInAnyOrderElementsOf(
              table.stream().map(Reading::id).collect(Collectors.toList()));
      for (Reading row : table) {
        assertThat(replayed.get(row.id())).usingRecursiveComparison().isEqualTo(row);
      }
      // Per row: an insert first, each update starting from the row the previous event left.
      for (List<ChangeEvent<Reading>> events : perRow.values()) {
        assertThat(events.get(0).operation()).isEqualTo(ChangeOperation.INSERT);
        for (int i = 1; i < events.size(); i++) {
          assertThat(events.get(i).oldRow())
              .usingRecursiveComparison()
              .isEqualTo(events.get(i - 1).newRow());
        }
      }
    }
  }

  private static Mono<Void> workOnRow(long id) {
    Reading row;
    try {
      row = sample((int) (id % 1000));
    } catch (Exception e) {
      return Mono.error(e);
    }
    Reading keyed =
        new Reading(
            id,
            row.amount(),
            row.takenAt(),
            row.data(),
            row.mood(),
            row.moods(),
            row.tags(),
            row.doc(),
            row.span(),
            row.price());
    Mono<Void> insert =
        id % 2 == 0
            ? readings.insert(keyed).then()
            : writer
                .sql("INSERT INTO app.reading (id, amount, mood) VALUES ($1, 1, 'HAPPY')")
                .bind(0, id)
                .execute()
                .then();
    Mono<Void> update =
        writer.inTransaction(
            tx ->
                writer
                    .sql("UPDATE app.reading SET amount = amount + 1 WHERE id = $1")
                    .bind(0, id)
                    .execute()
                    .then(
                        id % 3 == 0
                            ? readings.update(keyed.withAmount(new BigDecimal("7.125"))).then()
                            : Mono.empty()));
    Mono<Void> delete = id % 5 == 0 ? readings.deleteById(id).then() : Mono.empty();
    return insert.then(update).then(delete);
  }

  @Test
  void aRecordThatDoesNotMatchTheTableIsRejectedWhenTheStreamIsMade() {
    try (PgListener listener = listener()) {
      ChangeFeed feed = feed(listener);
      io.pgorm.query.meta.TableMeta<Reading> unknownType =
          new io.pgorm.query.meta.TableMeta<>(
              ReadingTable.TABLE_NAME,
              Reading.class,
              List.of(
                  ReadingTable.ID,
                  ReadingTable.AMOUNT,
                  ReadingTable.TAKEN_AT,
                  ReadingTable.DATA,
                  ReadingTable.MOOD,
                  ReadingTable.MOODS,
                  ReadingTable.TAGS,
                  ReadingTable.DOC,
                  ReadingTable.SPAN,
                  new io.pgorm.query.meta.ColumnMeta<Reading, PgMoney>(
                      ReadingTable.TABLE_NAME,
                      "price",
                      "price",
                      "app.no_such_type",
                      PgMoney.class,
                      true,
                      false,
                      false)),
              List.of(ReadingTable.ID),
              false);
      assertThatThrownBy(() -> feed.changes(unknownType, ChangePosition.START))
          .hasMessageContaining("app.no_such_type");
    }
  }
}
