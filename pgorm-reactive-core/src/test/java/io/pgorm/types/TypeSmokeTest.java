package io.pgorm.types;

import static io.pgorm.types.TypeCase.normalized;
import static io.pgorm.types.TypeCase.of;

import io.pgorm.test.PgTest;
import io.pgorm.test.TestDatabase;
import io.pgorm.types.TypeFixtures.Address;
import io.pgorm.types.TypeFixtures.Mood;
import io.pgorm.types.TypeFixtures.OtherMood;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A representative subset of {@link TypeRoundTripTest}, also run on embedded PostgreSQL 17. */
@PgTest
@Tag("smoke")
class TypeSmokeTest {

  private static RoundTrip roundTrip;

  @BeforeAll
  static void open(TestDatabase db) {
    roundTrip = RoundTrip.open(db, TypeFixtures.registry());
  }

  @AfterAll
  static void close() {
    roundTrip.close();
  }

  static Stream<TypeCase> cases() {
    OffsetDateTime z = OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 1_000, ZoneOffset.ofHours(3));
    return Stream.of(
        of("money", PgMoney.of("-1234.56")),
        of("numeric", new BigDecimal("9".repeat(500) + "." + "1".repeat(500))),
        of("numeric", PgNumeric.NAN).readAs(Object.class),
        of("numeric", PgNumeric.NEGATIVE_INFINITY).readAs(PgNumeric.class),
        of("double precision", Double.NaN),
        normalized("timestamptz", z, z.withOffsetSameInstant(ZoneOffset.UTC)),
        of("timestamp", PgInfinity.TIMESTAMP_NEGATIVE),
        of("timestamp", LocalDateTime.of(2024, 2, 29, 23, 59, 59, 999_999_000)),
        normalized("int4range", PgRange.closed(1, 5), PgRange.closedOpen(1, 6)),
        of("int8multirange", PgMultirange.of(PgRange.closedOpen(1L, 3L), PgRange.atLeast(7L))),
        of("inet", PgInet.parse("192.168.1.5/24")),
        of("cidr", PgCidr.parse("2001:db8::/32")),
        of("macaddr", MacAddress.parse("08:00:2b:01:02:03")),
        of("bit(4)", PgBits.parse("1010")),
        of("tsvector", PgTsVector.parse("'a' 'cat':3A")),
        of("pg_lsn", PgLsn.parse("16/B374D848")),
        of("xml", "<a/>"),
        of("citext", "MiXed"),
        of("hstore", Map.of("k", "v")),
        of("jsonb", TextCases.json("{\"a\": [1, 2.50]}")),
        of("integer[][]", List.of(List.of(1, 2), List.of(3, 4))),
        of("text[]", Arrays.asList("a b", null, "NULL", "")),
        of("integer[]", List.of()),
        of("app.mood", Mood.SO_SO),
        of("other.mood", OtherMood.MEH),
        of("app.address", new Address("1 Main St, (2)", null, List.of("x"), Mood.SAD)),
        TypeCase.ofNull("money"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void roundTrip(TypeCase c) {
    roundTrip.check(c);
  }
}
