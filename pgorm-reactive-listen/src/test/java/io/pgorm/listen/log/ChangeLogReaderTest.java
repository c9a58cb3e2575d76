package io.pgorm.listen.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.listen.ChangeLogFixture;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Result;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@PgTest
class ChangeLogReaderTest {

  private static PgOrm db;
  private static ChangeLogReader reader;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = PgOrm.create(PgOrmConfig.builder().url(database.url()).sslMode(SslMode.DISABLE).build());
    ChangeLogFixture.install(db);
    reader = new ChangeLogReader(db, new ObjectMapper());
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @BeforeEach
  void empty() {
    db.sql("TRUNCATE app.item, pgorm.change_log").execute().block();
  }

  private static void write(String sql) {
    db.sql(sql).execute().block();
  }

  /** Reads until a batch comes back empty, in batches of {@code limit}. */
  private static List<ChangeRecord> drain(
      ChangePosition from, int limit, List<ChangePosition> positions) {
    List<ChangeRecord> all = new ArrayList<>();
    ChangePosition at = from;
    while (true) {
      ChangeBatch batch = reader.next(at, limit, null).block();
      assertThat(batch).isNotNull();
      at = batch.position();
      positions.add(at);
      if (batch.isEmpty()) {
        return all;
      }
      all.addAll(batch.records());
    }
  }

  /**
   * Reads until {@code expected} changes arrived. The watermark is cluster-wide: a transaction of
   * anyone else on the server may hold it back for a while, so one pass may come back short.
   */
  private static List<ChangeRecord> readAll(ChangePosition from, int limit, int expected) {
    List<ChangeRecord> all = new ArrayList<>();
    AtomicReference<ChangePosition> at = new AtomicReference<>(from);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () -> {
              List<ChangePosition> positions = new ArrayList<>();
              all.addAll(drain(at.get(), limit, positions));
              at.set(positions.get(positions.size() - 1));
              return all.size() >= expected;
            });
    return all;
  }

  @Test
  @Tag("smoke")
  void readsCommittedChangesInOrderWithTheirRows() {
    ChangePosition start = reader.now().block();
    write("INSERT INTO app.item VALUES (1, 'a')");
    write("UPDATE app.item SET name = 'b' WHERE id = 1");
    write("DELETE FROM app.item WHERE id = 1");
    List<ChangeRecord> changes = readAll(start, 100, 3);
    assertThat(changes)
        .extracting(ChangeRecord::operation)
        .containsExactly(ChangeOperation.INSERT, ChangeOperation.UPDATE, ChangeOperation.DELETE);
    assertThat(changes.get(0).table()).isEqualTo(QualifiedName.of("app", "item"));
    assertThat(changes.get(0).key().get("id").asInt()).isEqualTo(1);
    assertThat(changes.get(1).oldRow().get("name").asText()).isEqualTo("a");
    assertThat(changes.get(1).newRow().get("name").asText()).isEqualTo("b");
    assertThat(changes.get(2).newRow()).isNull();
  }

  @Test
  void smallBatchesReadEveryChangeExactlyOnce() {
    ChangePosition start = reader.now().block();
    for (int i = 1; i <= 25; i++) {
      write("INSERT INTO app.item VALUES (" + i + ", 'n')");
    }
    List<ChangeRecord> changes = readAll(start, 4, 25);
    assertThat(changes)
        .extracting(c -> c.key().get("id").asInt())
        .containsExactlyElementsOf(range(1, 25));
  }

  @Test
  void lateCommitIsNotSkipped() {
    ChangePosition start = reader.now().block();
    PostgresqlConnection t1 = db.openDedicatedConnection().block();
    try {
      // T1 takes the lower transaction id by writing first, then stays open.
      exec(t1, "BEGIN");
      exec(t1, "INSERT INTO app.item VALUES (1, 'slow')");
      // T2 writes later and commits first.
      write("INSERT INTO app.item VALUES (2, 'fast')");
      List<ChangePosition> positions = new ArrayList<>();
      assertThat(drain(start, 100, positions)).as("T2 held back while T1 runs").isEmpty();
      ChangePosition held = positions.get(positions.size() - 1);
      exec(t1, "COMMIT");
      List<ChangeRecord> after = readAll(held, 100, 2);
      assertThat(after)
          .extracting(c -> c.newRow().get("name").asText())
          .containsExactly("slow", "fast");
    } finally {
      Mono.from(t1.close()).block();
    }
  }

  @Test
  void rolledBackTransactionYieldsNothing() {
    ChangePosition start = reader.now().block();
    db.inTransaction(
            tx ->
                db.sql("INSERT INTO app.item VALUES (9, 'x')")
                    .execute()
                    .then(Mono.error(new IllegalStateException("no"))))
        .onErrorResume(e -> Mono.empty())
        .block();
    write("INSERT INTO app.item VALUES (10, 'kept')");
    assertThat(readAll(start, 100, 1))
        .extracting(c -> c.key().get("id").asInt())
        .containsExactly(10);
  }

  @Test
  void positionsRoundTripAsText() {
    ChangePosition p = new ChangePosition(10, 20, 7);
    assertThat(ChangePosition.parse(p.toString())).isEqualTo(p);
  }

  private static List<Integer> range(int from, int to) {
    List<Integer> out = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      out.add(i);
    }
    return out;
  }

  private static void exec(PostgresqlConnection c, String sql) {
    Flux.from(c.createStatement(sql).execute()).flatMap(Result::getRowsUpdated).blockLast();
  }
}
