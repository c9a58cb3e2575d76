package io.pgorm.query.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Opt-in soft delete: deletes set deleted_at, reads skip such rows. */
@PgTest
class SoftDeleteTest {

  record Note(
      @Nullable Long id, String text, @Nullable Long version, @Nullable OffsetDateTime deletedAt) {}

  static final TableName NAME = new TableName("public", "note");
  static final ColumnMeta<Note, Long> ID =
      new ColumnMeta<>(NAME, "id", "id", "bigint", Long.class, false, true, false);
  static final ColumnMeta<Note, String> TEXT =
      new ColumnMeta<>(NAME, "text", "text", "text", String.class, false, false, false);
  static final ColumnMeta<Note, Long> VERSION =
      new ColumnMeta<>(NAME, "version", "version", "bigint", Long.class, false, true, false);
  static final ColumnMeta<Note, OffsetDateTime> DELETED_AT =
      new ColumnMeta<>(
          NAME, "deleted_at", "deletedAt", "timestamptz", OffsetDateTime.class, true, false, false);
  static final TableMeta<Note> NOTES =
      new TableMeta<>(NAME, Note.class, List.of(ID, TEXT, VERSION, DELETED_AT), List.of(ID), false);

  private static PgOrm db;
  private static BaseRepository<Note, Long> notes;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    db.sql(
            "CREATE TABLE note (id bigserial PRIMARY KEY, text text NOT NULL,"
                + " version bigint NOT NULL DEFAULT 0, deleted_at timestamptz)")
        .execute()
        .block();
    notes = new BaseRepository<>(QueryClient.of(db), NOTES, ID, VERSION, DELETED_AT);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @Test
  void deletedRowsStayInTheTableButNotInReads() {
    Note a = notes.insert(new Note(null, "a", null, null)).block();
    Note b = notes.insert(new Note(null, "b", null, null)).block();
    assertThat(notes.deleteById(a.id()).block()).isTrue();
    assertThat(notes.deleteById(a.id()).block()).isFalse(); // already deleted
    assertThat(notes.findById(a.id()).block()).isNull();
    assertThat(notes.existsById(a.id()).block()).isFalse();
    assertThat(notes.findAll().collectList().block()).extracting(Note::text).containsExactly("b");
    assertThat(notes.count(Condition.none()).block()).isEqualTo(1);
    assertThat(notes.update(a.id(), u -> u.set(TEXT, "x")).block()).isNull();
    Long stored =
        db.sql("SELECT count(*) FROM note WHERE deleted_at IS NOT NULL")
            .first((r, m) -> r.get(0, Long.class))
            .block();
    assertThat(stored).isEqualTo(1);

    Note stale = b;
    notes.update(new Note(b.id(), "b2", b.version(), null)).block();
    assertThatThrownBy(() -> notes.delete(stale).block())
        .isInstanceOf(OptimisticLockException.class);
    assertThat(notes.deleteAll(TEXT.eq("b2")).block()).isEqualTo(1);
    assertThat(notes.findAll().collectList().block()).isEmpty();
  }
}
