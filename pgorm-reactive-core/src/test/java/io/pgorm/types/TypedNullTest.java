package io.pgorm.types;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.TypeFixtures.Address;
import io.pgorm.types.TypeFixtures.Mood;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** NULLs with a type: {@code bindNull(i, PgMoney.class)} sends the OID of the class's type. */
@PgTest
class TypedNullTest {

  private static RoundTrip roundTrip;

  @BeforeAll
  static void open(TestDatabase db) {
    roundTrip = RoundTrip.open(db, TypeFixtures.registry());
  }

  @AfterAll
  static void close() {
    roundTrip.close();
  }

  static Stream<Arguments> classes() {
    return Stream.of(
        Arguments.of(PgMoney.class, "money"),
        Arguments.of(PgNumeric.class, "numeric"),
        Arguments.of(BigDecimal.class, "numeric"),
        Arguments.of(PgBits.class, "bit varying"),
        Arguments.of(PgInet.class, "inet"),
        Arguments.of(PgCidr.class, "cidr"),
        Arguments.of(PgLsn.class, "pg_lsn"),
        Arguments.of(PgTsVector.class, "tsvector"),
        Arguments.of(PgTsQuery.class, "tsquery"),
        Arguments.of(Mood.class, "app.mood"),
        Arguments.of(Address.class, "app.address"),
        Arguments.of(LocalDate.class, "date"),
        Arguments.of(OffsetDateTime.class, "timestamp with time zone"),
        Arguments.of(Instant.class, "timestamp with time zone"),
        Arguments.of(JsonNode.class, "jsonb"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("classes")
  void aNullOfTheClassHasItsType(Class<?> type, String pgType) {
    assertThat(typeOf(roundTrip.client().sql("SELECT pg_typeof($1)::text").bindNull(0, type)))
        .isEqualTo(pgType);
  }

  @Test
  void aTypedValueOfNullHasTheNamedType() {
    assertThat(
            typeOf(
                roundTrip
                    .client()
                    .sql("SELECT pg_typeof($1)::text")
                    .bind(0, TypedValue.of("citext[]", null))))
        .isEqualTo("citext[]");
    assertThat(
            typeOf(
                roundTrip
                    .client()
                    .sql("SELECT pg_typeof($1)::text")
                    .bind(0, TypedValue.of("app.mood", null))))
        .isEqualTo("app.mood");
  }

  private static String typeOf(io.pgorm.Sql sql) {
    return sql.first((r, m) -> r.get(0, String.class)).block(java.time.Duration.ofSeconds(10));
  }
}
