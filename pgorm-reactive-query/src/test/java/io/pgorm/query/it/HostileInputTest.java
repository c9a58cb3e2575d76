package io.pgorm.query.it;

import static io.pgorm.query.Dsl.insertInto;
import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.selectFrom;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgorm.PgOrm;
import io.pgorm.error.DataException;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.FunctionName;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import io.pgorm.query.render.SchemaMapping;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile strings through every value and name the API takes: they are stored and read back as
 * data, or refused with a message that says why. Nothing is ever executed as SQL.
 */
@PgTest
class HostileInputTest {

  /** A table whose schema, table and column names are themselves hostile. */
  record Evil(Long id, String text) {}

  static final TableName NAME = new TableName("we\"ird; --", "t'ab\"le $1");
  static final ColumnMeta<Evil, Long> ID =
      new ColumnMeta<>(NAME, "i\"d", "id", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Evil, String> TEXT =
      new ColumnMeta<>(NAME, "te;xt--", "text", "text", String.class, true, false, false);
  static final TableMeta<Evil> EVIL =
      new TableMeta<>(NAME, Evil.class, List.of(ID, TEXT), List.of(ID), false);

  private static PgOrm db;
  private static QueryClient q;

  @BeforeAll
  static void setUp(TestDatabase database) {
    db = Shop.client(database);
    db.sql("CREATE SCHEMA \"we\"\"ird; --\"").execute().block();
    db.sql(
            "CREATE TABLE \"we\"\"ird; --\".\"t'ab\"\"le $1\" (\"i\"\"d\" bigint PRIMARY KEY, \"te;xt--\" text)")
        .execute()
        .block();
    db.sql("CREATE SCHEMA \"tenant'; DROP SCHEMA public; --\"").execute().block();
    db.sql(
            "CREATE TABLE \"tenant'; DROP SCHEMA public; --\".\"t'ab\"\"le $1\" (\"i\"\"d\" bigint PRIMARY KEY, \"te;xt--\" text)")
        .execute()
        .block();
    q = QueryClient.of(db);
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "'; DROP TABLE account; --",
        "$1",
        "$1::text); SELECT pg_sleep(10); --",
        "\"quoted\"",
        "back\\slash",
        "emoji 🐘 and RTL \u202Eevil",
        "combining é and 中文",
        "E'\\x00'",
        ""
      })
  @Tag("smoke")
  void valuesAreStoredVerbatim(String hostile) {
    long id = hostile.hashCode();
    q.execute(insertInto(EVIL).set(ID, id).set(TEXT, hostile)).block(Duration.ofSeconds(10));
    assertThat(q.fetchOne(select(TEXT).from(EVIL).where(ID.eq(id))).block()).isEqualTo(hostile);
    assertThat(q.fetch(selectFrom(EVIL).where(TEXT.eq(hostile))).collectList().block())
        .containsExactly(new Evil(id, hostile));
    assertThat(q.count(selectFrom(EVIL).where(TEXT.like(hostile))).block()).isNotNegative();
    assertThat(q.count(selectFrom(EVIL).where(TEXT.in(List.of(hostile, "x")))).block())
        .isEqualTo(1);
  }

  @Test
  void aNulInAValueIsRefusedByTheServerWithItsReason() {
    assertThatThrownBy(
            () ->
                q.execute(insertInto(EVIL).set(ID, 1L).set(TEXT, "a\0b"))
                    .block(Duration.ofSeconds(10)))
        .isInstanceOf(DataException.class)
        .hasMessageContaining("0x00");
  }

  @Test
  void hostileAliasesCteNamesAndSchemaMappingsAreQuoted() {
    q.execute(insertInto(EVIL).set(ID, 42L).set(TEXT, "x")).block();
    TableRef<Evil> alias = Dsl.table(EVIL).as("a\"; DROP TABLE x; --");
    assertThat(
            q.fetch(select(alias.col(TEXT)).from(alias).where(alias.col(ID).eq(42L)))
                .collectList()
                .block())
        .containsExactly("x");
    Cte cte = select(TEXT.as("o\"ut; --")).from(EVIL).asCte("c\"te; --");
    assertThat(
            q.fetch(select(cte.col("o\"ut; --", String.class)).with(cte).from(cte))
                .collectList()
                .block())
        .contains("x");
    QueryClient tenant =
        QueryClient.of(
            db,
            io.pgorm.query.QueryOptions.builder()
                .schemas(
                    ctx ->
                        SchemaMapping.of(Map.of("we\"ird; --", "tenant'; DROP SCHEMA public; --")))
                .build());
    assertThat(tenant.count(selectFrom(EVIL)).block()).isZero();
    assertThat(q.count(selectFrom(EVIL)).block()).isPositive();
  }

  @Test
  void namesThatCannotBeIdentifiersAreRefusedClearly() {
    assertThatThrownBy(() -> Dsl.table(EVIL).as("")).hasMessage("table alias must not be empty");
    assertThatThrownBy(() -> FunctionName.builtIn("pg_sleep(10); --"))
        .hasMessageStartingWith("not a built-in function name: \"pg_sleep(10); --\"");
    assertThatThrownBy(() -> Dsl.cast(TEXT, "text; DROP TABLE x", String.class))
        .hasMessageStartingWith("not a type name: text; DROP TABLE x");
    assertThatThrownBy(() -> insertInto(EVIL).set(ID, 1L).onConflictOnConstraint("c\0").doNothing())
        .hasMessageContaining("contains NUL");
    assertThatThrownBy(() -> q.fetch(selectFrom(EVIL).where(TEXT.eq((String) null))).blockFirst())
        .isInstanceOf(NullPointerException.class)
        .hasMessageStartingWith(
            "the value compared by = with \"t'ab\"\"le $1\".\"te;xt--\" is null");
  }
}
