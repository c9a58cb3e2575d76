package io.pgorm.query.it;

import static io.pgorm.query.Dsl.select;
import static io.pgorm.query.Dsl.when;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgorm.PgOrm;
import io.pgorm.query.Dsl;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Dates;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.expr.Jsonb;
import io.pgorm.query.expr.PgArrays;
import io.pgorm.query.expr.Ranges;
import io.pgorm.query.expr.TextSearch;
import io.pgorm.query.fixture.Shop;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.JavaTypes;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.meta.TableName;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.PgRange;
import io.r2dbc.postgresql.codec.Interval;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JSONB, array, range, full-text, date/time and conditional operators on a real server. */
@PgTest
class OperatorsTest {

  record Item(
      Long id,
      String name,
      JsonNode attrs,
      List<Integer> sizes,
      PgRange<Integer> qty,
      String body,
      OffsetDateTime at) {}

  static final TableName T = new TableName("public", "item");
  static final ColumnMeta<Item, Long> ID =
      new ColumnMeta<>(T, "id", "id", "bigint", Long.class, false, false, false);
  static final ColumnMeta<Item, String> NAME =
      new ColumnMeta<>(T, "name", "name", "text", String.class, false, false, false);
  static final ColumnMeta<Item, JsonNode> ATTRS =
      new ColumnMeta<>(T, "attrs", "attrs", "jsonb", JsonNode.class, false, false, false);
  static final ColumnMeta<Item, List<Integer>> SIZES =
      new ColumnMeta<>(
          T,
          "sizes",
          "sizes",
          "integer[]",
          JavaTypes.parameterized(List.class, Integer.class),
          false,
          false,
          false);
  static final ColumnMeta<Item, PgRange<Integer>> QTY =
      new ColumnMeta<>(
          T,
          "qty",
          "qty",
          "int4range",
          JavaTypes.parameterized(PgRange.class, Integer.class),
          false,
          false,
          false);
  static final ColumnMeta<Item, String> BODY =
      new ColumnMeta<>(T, "body", "body", "text", String.class, false, false, false);
  static final ColumnMeta<Item, OffsetDateTime> AT =
      new ColumnMeta<>(T, "at", "at", "timestamptz", OffsetDateTime.class, false, false, false);
  static final TableMeta<Item> ITEM =
      new TableMeta<>(
          T, Item.class, List.of(ID, NAME, ATTRS, SIZES, QTY, BODY, AT), List.of(ID), false);

  private static final ObjectMapper JSON = new ObjectMapper();
  private static PgOrm db;
  private static QueryClient q;

  @BeforeAll
  static void setUp(TestDatabase database) throws Exception {
    db = Shop.client(database);
    q = QueryClient.of(db);
    db.sql(
            "CREATE TABLE item (id bigint PRIMARY KEY, name text NOT NULL, attrs jsonb NOT NULL,"
                + " sizes integer[] NOT NULL, qty int4range NOT NULL, body text NOT NULL,"
                + " at timestamptz NOT NULL)")
        .execute()
        .block();
    OffsetDateTime t = OffsetDateTime.of(2024, 3, 15, 13, 45, 30, 0, ZoneOffset.UTC);
    q.execute(
            Dsl.insertInto(ITEM)
                .rows(
                    List.of(
                        new Item(
                            1L,
                            "apple",
                            json(
                                "{\"color\":\"red\",\"size\":2,\"tags\":[\"fruit\"],\"dims\":{\"w\":3}}"),
                            List.of(1, 2, 3),
                            PgRange.closedOpen(1, 10),
                            "The quick brown fox jumps over the lazy dog",
                            t),
                        new Item(
                            2L,
                            "banana",
                            json("{\"color\":\"yellow\",\"size\":5}"),
                            List.of(4, 5),
                            PgRange.closedOpen(10, 20),
                            "Bananas are yellow and sweet fruits",
                            t.plusDays(40)),
                        new Item(
                            3L,
                            "cherry",
                            json("{\"color\":\"red\"}"),
                            List.of(),
                            PgRange.closed(20, 30),
                            "A dog ate the cherries",
                            t.plusYears(1)))))
        .block();
  }

  @AfterAll
  static void tearDown() {
    db.close();
  }

  private static JsonNode json(String s) {
    try {
      return JSON.readTree(s);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> names(Condition where) {
    return Objects.requireNonNull(
        q.fetch(select(NAME).from(ITEM).where(where).orderBy(ID.asc()))
            .collectList()
            .block(Duration.ofSeconds(10)));
  }

  private static <T> List<T> values(Expr<T> expr) {
    Select<T> s = select(expr).from(ITEM).where(expr.isNotNull()).orderBy(ID.asc());
    return Objects.requireNonNull(q.fetch(s).collectList().block(Duration.ofSeconds(10)));
  }

  @Test
  void jsonb() {
    assertThat(names(Jsonb.fieldText(ATTRS, "color").eq("red"))).containsExactly("apple", "cherry");
    assertThat(names(Jsonb.field(ATTRS, "size").eq(json("5")))).containsExactly("banana");
    assertThat(names(Jsonb.pathText(ATTRS, List.of("dims", "w")).eq("3"))).containsExactly("apple");
    assertThat(values(Jsonb.path(ATTRS, List.of("tags", "0"))).get(0)).isEqualTo(json("\"fruit\""));
    assertThat(names(Jsonb.contains(ATTRS, json("{\"color\":\"red\",\"size\":2}"))))
        .containsExactly("apple");
    assertThat(names(Jsonb.containedIn(ATTRS, json("{\"color\":\"red\",\"x\":1}"))))
        .containsExactly("cherry");
    assertThat(names(Jsonb.hasKey(ATTRS, "size"))).containsExactly("apple", "banana");
    assertThat(names(Jsonb.hasAnyKey(ATTRS, List.of("dims", "nope")))).containsExactly("apple");
    assertThat(names(Jsonb.hasAllKeys(ATTRS, List.of("color", "size"))))
        .containsExactly("apple", "banana");
    assertThat(names(Jsonb.pathExists(ATTRS, "$.size ? (@ > 3)"))).containsExactly("banana");
    assertThat(values(Jsonb.pathQuery(ATTRS, "$.color")).get(1)).isEqualTo(json("[\"yellow\"]"));
    assertThat(values(Jsonb.set(ATTRS, List.of("color"), json("\"green\""))).get(2))
        .isEqualTo(json("{\"color\":\"green\"}"));
    assertThat(values(Jsonb.element(Jsonb.field(ATTRS, "tags"), 0)).get(0))
        .isEqualTo(json("\"fruit\""));
    assertThat(values(Jsonb.typeOf(ATTRS))).containsOnly("object");
    assertThat(values(Jsonb.remove(ATTRS, "color")).get(2)).isEqualTo(json("{}"));
    assertThat(values(Jsonb.concat(ATTRS, json("{\"n\":1}"))).get(2))
        .isEqualTo(json("{\"color\":\"red\",\"n\":1}"));
  }

  @Test
  void arrays() {
    assertThat(names(PgArrays.contains(SIZES, List.of(2, 3)))).containsExactly("apple");
    assertThat(names(PgArrays.containedBy(SIZES, List.of(1, 2, 3, 4, 5))))
        .containsExactly("apple", "banana", "cherry");
    assertThat(names(PgArrays.overlaps(SIZES, List.of(3, 4)))).containsExactly("apple", "banana");
    assertThat(names(PgArrays.has(SIZES, 5))).containsExactly("banana");
    assertThat(names(PgArrays.hasNot(SIZES, 5))).containsExactly("apple", "cherry");
    assertThat(values(PgArrays.length(SIZES))).containsExactly(3, 2, 0);
    assertThat(values(PgArrays.append(SIZES, 9)).get(2)).isEqualTo(List.of(9));
    assertThat(values(PgArrays.remove(SIZES, 2)).get(0)).isEqualTo(List.of(1, 3));
    assertThat(
            q.fetch(select(PgArrays.unnest(SIZES)).from(ITEM).where(ID.eq(1L)))
                .collectList()
                .block())
        .containsExactly(1, 2, 3);
    assertThat(
            q.fetch(select(Functions.arrayAgg(NAME).orderBy(NAME.desc())).from(ITEM)).blockFirst())
        .containsExactly("cherry", "banana", "apple");
  }

  @Test
  void ranges() {
    assertThat(names(Ranges.contains(QTY, 10))).containsExactly("banana");
    assertThat(names(Ranges.containsRange(QTY, PgRange.closed(2, 5)))).containsExactly("apple");
    assertThat(names(Ranges.overlaps(QTY, PgRange.closedOpen(5, 15))))
        .containsExactly("apple", "banana");
    assertThat(names(Ranges.adjacent(QTY, PgRange.closedOpen(31, 40)))).containsExactly("cherry");
    assertThat(values(Ranges.lower(QTY, Integer.class))).containsExactly(1, 10, 20);
    assertThat(values(Ranges.upper(QTY, Integer.class))).containsExactly(10, 20, 31);
    assertThat(names(Ranges.isEmpty(QTY))).isEmpty();
  }

  @Test
  void fullTextSearch() {
    var doc = TextSearch.toTsvector("english", BODY);
    assertThat(names(TextSearch.matches(doc, TextSearch.toTsquery("english", "dog & !cherry"))))
        .containsExactly("apple");
    assertThat(names(TextSearch.matches(doc, TextSearch.plainToTsquery("english", "yellow fruit"))))
        .containsExactly("banana");
    assertThat(names(TextSearch.matches(doc, TextSearch.websearchToTsquery("english", "dog -fox"))))
        .containsExactly("cherry");
    var query = TextSearch.websearchToTsquery("english", "dog");
    List<String> ranked =
        q.fetch(
                select(NAME)
                    .from(ITEM)
                    .where(TextSearch.matches(doc, query))
                    .orderBy(TextSearch.rank(doc, query).desc(), ID.asc()))
            .collectList()
            .block();
    assertThat(ranked).containsExactlyInAnyOrder("apple", "cherry");
    assertThat(values(TextSearch.headline("english", BODY, query)).get(2))
        .isEqualTo("A <b>dog</b> ate the cherries");
  }

  @Test
  void datesAndTimes() {
    assertThat(values(Dates.dateTrunc(Dates.Unit.MONTH, AT)).get(0))
        .isEqualTo(OffsetDateTime.of(2024, 3, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    assertThat(values(Dates.extract(Dates.Unit.YEAR, AT)))
        .containsExactly(new BigDecimal("2024"), new BigDecimal("2024"), new BigDecimal("2025"));
    assertThat(
            names(
                AT.lt(Functions.now())
                    .and(
                        Dates.plus(AT, Interval.of(Duration.ofDays(30)))
                            .gt(
                                Dates.minus(
                                    Functions.now(), Interval.of(Duration.ofDays(365 * 100)))))))
        .hasSize(3);
    assertThat(values(Dates.plus(AT, Interval.of(Duration.ofHours(1)))).get(0).getHour())
        .isEqualTo(14);
  }

  @Test
  void conditionalsAndCasts() {
    Expr<String> size =
        when(Jsonb.field(ATTRS, "size").isNull(), Dsl.val("none"))
            .when(Jsonb.fieldText(ATTRS, "size").eq("2"), Dsl.val("small"))
            .otherwise(Dsl.val("big"));
    assertThat(values(size)).containsExactly("small", "big", "none");
    assertThat(values(Functions.coalesce(Jsonb.fieldText(ATTRS, "size"), "?")))
        .containsExactly("2", "5", "?");
    assertThat(
            q.fetch(
                    select(Functions.nullif(NAME, "apple").as("n"), NAME)
                        .from(ITEM)
                        .orderBy(ID.asc()))
                .blockFirst()
                .first())
        .isNull();
    assertThat(values(Dsl.cast(Jsonb.fieldText(ATTRS, "size"), "integer", Integer.class)).get(1))
        .isEqualTo(5);
    assertThat(values(Functions.upper(NAME))).containsExactly("APPLE", "BANANA", "CHERRY");
    assertThat(values(Functions.length(Functions.concat(NAME, "!")))).containsExactly(6, 7, 7);
    assertThat(values(Functions.greatest(ID, Dsl.val(2L)))).containsExactly(2L, 2L, 3L);
  }
}
