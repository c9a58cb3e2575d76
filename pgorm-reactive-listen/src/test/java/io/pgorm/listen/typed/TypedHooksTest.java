package io.pgorm.listen.typed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.pgorm.PgOrm;
import io.pgorm.listen.ChangeEvent;
import io.pgorm.listen.ChangeFeed;
import io.pgorm.listen.ChangeFeedOptions;
import io.pgorm.listen.ChangeHooks;
import io.pgorm.listen.ChangeLogFixture;
import io.pgorm.listen.HookOptions;
import io.pgorm.listen.PgListener;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.query.QueryClient;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import io.pgorm.query.repository.BaseRepository;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.PgMoney;
import io.pgorm.types.PgRange;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypeRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/** Hooks registered with a table's metamodel receive typed rows equal to what a query reads. */
@PgTest
class TypedHooksTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private static final SimpleMeterRegistry meters = new SimpleMeterRegistry();

  private static PgOrm db;
  private static BaseRepository<Reading, Long> readings;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db =
        PgOrm.create(
            ChangeLogFixture.config(database)
                .poolName("typed-hooks")
                .maxSize(6)
                .meterRegistry(meters)
                .typeRegistry(TypeRegistry.builder().enumType("app.mood", Mood.class).build())
                .build());
    ChangeLogFixture.install(db);
    ReadingTable.create(db);
    db.evictPooledConnections(); // connections opened before app.mood existed lack its codec
    readings = new BaseRepository<>(QueryClient.of(db), ReadingTable.TABLE, ReadingTable.ID);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  private static Reading sample(int i) throws Exception {
    return new Reading(
        null,
        new BigDecimal("98765.432").add(BigDecimal.valueOf(i)),
        OffsetDateTime.of(2026, 11, 24, 7, 0, 1, 500_000_000, ZoneOffset.ofHours(-3)),
        new byte[] {(byte) i, 0, (byte) 0x80},
        Mood.HAPPY,
        List.of(Mood.HAPPY, Mood.SAD),
        List.of("hook", "tag " + i),
        new ObjectMapper().readTree("{\"hook\": true, \"i\": " + i + "}"),
        PgRange.closedOpen(i, i + 3),
        PgMoney.of("12.34"));
  }

  @Test
  void typedHooksGetWhatAQueryReadsAndAFailingOneBlocksNoOther() throws Exception {
    List<ChangeEvent<Reading>> inserted = new CopyOnWriteArrayList<>();
    List<ChangeEvent<Reading>> updated = new CopyOnWriteArrayList<>();
    List<ChangeEvent<Reading>> deleted = new CopyOnWriteArrayList<>();
    List<ChangeRecord> untyped = new CopyOnWriteArrayList<>();
    AtomicInteger failingTries = new AtomicInteger();
    try (PgListener listener = PgListener.create(db)) {
      ChangeFeed feed =
          ChangeFeed.create(
              db, listener, ChangeFeedOptions.defaults().withPollInterval(Duration.ofMillis(500)));
      feed.position("typed-hooks").block(TIMEOUT);
      ChangeHooks hooks =
          ChangeHooks.create(
                  db,
                  feed,
                  HookOptions.defaults()
                      .withConcurrency(2)
                      .withRetries(1, Duration.ofMillis(1), Duration.ofMillis(5)))
              // Registered first, so that it runs alongside the others of each insert.
              .onInsert(
                  ReadingTable.TABLE,
                  e ->
                      Mono.fromRunnable(failingTries::incrementAndGet)
                          .then(Mono.error(new IllegalStateException("typed hook fails"))))
              .onInsert(ReadingTable.TABLE, e -> Mono.fromRunnable(() -> inserted.add(e)))
              .onUpdate(ReadingTable.TABLE, e -> Mono.fromRunnable(() -> updated.add(e)))
              .onDelete(ReadingTable.TABLE, e -> Mono.fromRunnable(() -> deleted.add(e)))
              .onDelete(
                  io.pgorm.schema.ir.QualifiedName.of("app", "reading"),
                  c -> Mono.fromRunnable(() -> untyped.add(c)));
      Disposable running = hooks.start("typed-hooks");

      Reading first = Objects.requireNonNull(readings.insert(sample(1)).block(TIMEOUT));
      db.sql(
              "INSERT INTO app.reading (id, amount, taken_at, data, mood, moods, tags, doc, span,"
                  + " price) VALUES (2000, 0.5, '2026-03-04 05:06:07.000001+00', '\\xdead',"
                  + " 'SAD', '{SAD}', '{\"a,b\",NULL}', '{\"n\": [1.0]}', '[5,9)', 7)")
          .execute()
          .block(TIMEOUT);
      Reading bySql = readings.findById(2000L).block(TIMEOUT);
      Reading changed =
          Objects.requireNonNull(
              readings.update(first.withAmount(new BigDecimal("-0.25"))).block(TIMEOUT));
      readings.deleteById(2000L).block(TIMEOUT);

      // The watermark is cluster-wide: other sessions on a shared server may hold it back a while.
      await().atMost(TIMEOUT).until(() -> deleted.size() == 1 && untyped.size() == 1);
      running.dispose();

      assertThat(inserted).hasSize(2);
      assertThat(inserted.get(0).newRow()).usingRecursiveComparison().isEqualTo(first);
      assertThat(inserted.get(1).newRow()).usingRecursiveComparison().isEqualTo(bySql);
      assertThat(updated).hasSize(1);
      assertThat(updated.get(0).oldRow()).usingRecursiveComparison().isEqualTo(first);
      assertThat(updated.get(0).newRow()).usingRecursiveComparison().isEqualTo(changed);
      assertThat(deleted.get(0).oldRow()).usingRecursiveComparison().isEqualTo(bySql);
      assertThat(deleted.get(0).newRow()).isNull();
      assertThat(deleted.get(0).id()).isEqualTo(untyped.get(0).id());
      // The values themselves, decoded (not strings passed through).
      Reading typed = Objects.requireNonNull(inserted.get(1).newRow());
      assertThat(typed.amount()).isEqualByComparingTo("0.5");
      assertThat(typed.data()).containsExactly(0xde, 0xad);
      assertThat(typed.mood()).isEqualTo(Mood.SAD);
      assertThat(typed.tags()).containsExactly("a,b", null);
      assertThat(typed.span()).isEqualTo(PgRange.closedOpen(5, 9));
      assertThat(typed.price()).isEqualTo(PgMoney.of("7.00"));
      assertThat(inserted.get(1).table()).isEqualTo(ReadingTable.TABLE_NAME);

      // The failing hook: each insert tried twice (1 retry), then given up and counted.
      assertThat(failingTries.get()).isEqualTo(4);
      assertThat(hooks.failures()).isEqualTo(2);
      assertThat(
              meters
                  .get("pgorm.hooks.failures")
                  .tags("client", "typed-hooks", "table", "app.reading", "operation", "INSERT")
                  .counter()
                  .count())
          .isEqualTo(2);
    }
  }

  /** A record with a column of a type the registry does not know. */
  record Odd(Integer id, Object value) {}

  @Test
  void aTableTheRegistryCannotDecodeIsRejectedAtRegistration() {
    TableName name = new TableName("app", "odd");
    ColumnMeta<Odd, Integer> id =
        new ColumnMeta<>(name, "id", "id", "integer", Integer.class, false, false, false);
    ColumnMeta<Odd, Object> value =
        new ColumnMeta<>(
            name, "value", "value", "app.no_such_type", Object.class, true, false, false);
    TableMeta<Odd> odd = new TableMeta<>(name, Odd.class, List.of(id, value), List.of(id), false);
    try (PgListener listener = PgListener.create(db)) {
      ChangeHooks hooks =
          ChangeHooks.create(
              db,
              ChangeFeed.create(db, listener, ChangeFeedOptions.defaults()),
              HookOptions.defaults());
      assertThatThrownBy(() -> hooks.onInsert(odd, e -> Mono.empty()))
          .isInstanceOf(TypeMappingException.class)
          .hasMessageContaining("app.no_such_type");
    }
  }
}
