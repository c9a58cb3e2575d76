package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.PgOrm;
import io.pgorm.PgOrmConfig;
import io.pgorm.SslMode;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.TypeFixtures.Mood;
import io.pgorm.types.TypeFixtures.OtherMood;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User enums and composites on a live server: schemas, late creation, JSON through Jackson. */
@PgTest
class UserTypesTest {

  private static final Duration T = Duration.ofSeconds(10);

  enum Later {
    ONE,
    TWO
  }

  record Profile(String name, List<String> tags) {}

  private static TestDatabase database;
  private static RoundTrip roundTrip;

  @BeforeAll
  static void open(TestDatabase db) {
    database = db;
    // The search path puts other.mood first: the bare name "mood" means other.mood here.
    roundTrip = RoundTrip.open(db, TypeFixtures.registry(), "search_path", "other, app, public");
  }

  @AfterAll
  static void close() {
    roundTrip.close();
  }

  @Test
  void sameNamedEnumsInTwoSchemasStayApart() {
    List<Object> row =
        roundTrip
            .client()
            .sql(
                "SELECT 'happy'::app.mood, 'HAPPY'::mood, ARRAY['MEH']::mood[], ARRAY['sad']::app.mood[]")
            .first((r, m) -> List.of(r.get(0), r.get(1), r.get(2), r.get(3)))
            .block(T);
    assertThat(row)
        .containsExactly(Mood.HAPPY, OtherMood.HAPPY, List.of(OtherMood.MEH), List.of(Mood.SAD));
    assertThat(
            roundTrip
                .client()
                .sql("SELECT $1::text, $2::text")
                .bind(0, Mood.SO_SO)
                .bind(1, OtherMood.MEH)
                .first((r, m) -> r.get(0, String.class) + " " + r.get(1, String.class))
                .block(T))
        .isEqualTo("so-so MEH");
  }

  @Test
  void aLabelWithoutJavaConstantIsReportedWhenRead() {
    Raw.run(database, "CREATE TYPE app.tmp AS ENUM ('happy')");
    TypeRegistry registry = TypeRegistry.builder().enumType("app.tmp", Later.class).build();
    try (PgOrm db = client(registry, 2)) {
      assertThatThrownBy(() -> db.sql("SELECT 'happy'::app.tmp").first((r, m) -> r.get(0)).block(T))
          .isInstanceOf(TypeMappingException.class)
          .hasMessage(
              "Cannot read a value of type app.tmp: the label 'happy' of app.tmp has no constant in"
                  + " io.pgorm.types.UserTypesTest$Later (labels: [ONE, TWO]); regenerate the enum"
                  + " after changing the type.");
    }
  }

  @Test
  void aTypeCreatedAfterTheConnectionOpenedNeedsNewConnections() {
    TypeRegistry registry = TypeRegistry.builder().enumType("app.later", Later.class).build();
    try (PgOrm db = client(registry, 1)) {
      db.sql("SELECT 1").execute().block(T);
      Raw.run(database, "CREATE TYPE app.later AS ENUM ('ONE', 'TWO')");
      assertThatThrownBy(() -> db.sql("SELECT $1").bind(0, Later.ONE).execute().block(T))
          .isInstanceOf(TypeMappingException.class)
          .hasMessage(
              "Cannot bind a value as app.later: the type did not exist in the database when this"
                  + " connection opened. Hint: create it (run the migrations) first, then call"
                  + " PgOrm#evictPooledConnections().");
      db.evictPooledConnections();
      assertThat(db.sql("SELECT $1").bind(0, Later.TWO).first((r, m) -> r.get(0)).block(T))
          .isEqualTo(Later.TWO);
    }
  }

  @Test
  void jsonbToAndFromAUserClassThroughJackson() {
    Profile p = new Profile("ann", List.of("a", "b"));
    roundTrip
        .client()
        .sql("CREATE TABLE profiles (id int, doc jsonb, raw json)")
        .execute()
        .block(T);
    roundTrip
        .client()
        .sql("INSERT INTO profiles VALUES (1, $1, $2)")
        .bind(0, TypedValue.of("jsonb", p))
        .bind(1, TypedValue.of("json", p))
        .execute()
        .block(T);
    List<Object> row =
        roundTrip
            .client()
            .sql("SELECT doc, doc, raw, doc->>'name' FROM profiles WHERE id = 1")
            .first(
                (r, m) ->
                    List.of(
                        r.get(0, Profile.class),
                        r.get(1, JsonNode.class),
                        r.get(2, Profile.class),
                        r.get(3, String.class)))
            .block(T);
    assertThat(row.get(0)).isEqualTo(p);
    assertThat(row.get(1))
        .isEqualTo(TextCases.json("{\"name\": \"ann\", \"tags\": [\"a\", \"b\"]}"));
    assertThat(row.get(2)).isEqualTo(p);
    assertThat(row.get(3)).isEqualTo("ann");
    assertThatThrownBy(
            () ->
                roundTrip
                    .client()
                    .sql("SELECT '[1]'::jsonb")
                    .first((r, m) -> r.get(0, Profile.class))
                    .block(T))
        .isInstanceOf(TypeMappingException.class)
        .hasMessageStartingWith(
            "Cannot read a JSON document as io.pgorm.types.UserTypesTest$Profile: Cannot deserialize");
  }

  private static PgOrm client(TypeRegistry registry, int maxSize) {
    return PgOrm.create(
        PgOrmConfig.builder()
            .url(database.url())
            .sslMode(SslMode.DISABLE)
            .maxSize(maxSize)
            .typeRegistry(registry)
            .build());
  }
}
