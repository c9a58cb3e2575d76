package io.pgorm.types;

import static io.pgorm.types.TypeCase.normalized;
import static io.pgorm.types.TypeCase.of;

import io.r2dbc.postgresql.codec.Box;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** Arrays: empty, NULL elements, several dimensions, quoting, arrays of our types. */
final class ArrayCases {

  private ArrayCases() {}

  static Stream<TypeCase> cases() {
    return Stream.of(
        of("integer[]", List.of(1, 2, 3)),
        of("integer[]", List.of()),
        of("integer[]", Arrays.asList(1, null, 3)),
        of("integer[]", Arrays.asList((Integer) null)),
        of("integer[][]", List.of(List.of(1, 2), List.of(3, 4))),
        of("int[][][]", List.of(List.of(List.of(1), List.of(2)), List.of(List.of(3), List.of(4)))),
        normalized("integer[]", new int[] {4, 5}, List.of(4, 5)).label("int[] array"),
        of("bigint[]", List.of(Long.MAX_VALUE)),
        of(
            "text[]",
            Arrays.asList(
                "a b", "", "NULL", null, "quote\"back\\slash", "{brace}", "comma,", " lead")),
        of("text[][]", List.of(List.of("a", "b"), List.of("c", "d"))),
        of("varchar(3)[]", List.of("abc")),
        normalized("char(3)[]", List.of("ab"), List.of("ab ")),
        of("citext[]", List.of("A", "b")),
        of(
            "numeric[]",
            Arrays.asList(
                new BigDecimal("1.50"), PgNumeric.NAN, PgNumeric.POSITIVE_INFINITY, null)),
        of("double precision[]", List.of(Double.NaN, 1.5, Double.NEGATIVE_INFINITY)),
        of("money[]", List.of(PgMoney.of("1.00"), PgMoney.of("-2.50"))),
        of("boolean[]", List.of(true, false)),
        of("bytea[]", List.of(new byte[] {1, 2}, new byte[0])),
        of("uuid[]", List.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000"))),
        of(
            "date[]",
            List.of(LocalDate.of(2024, 1, 1), PgInfinity.DATE_POSITIVE, LocalDate.of(-43, 3, 15))),
        of(
            "timestamptz[]",
            List.of(
                OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 1000, ZoneOffset.UTC),
                PgInfinity.TIMESTAMPTZ_NEGATIVE)),
        of("inet[]", List.of(PgInet.parse("10.1.2.3/8"), PgInet.parse("::1"))),
        of("bit varying[]", List.of(PgBits.parse("101"), PgBits.parse(""))),
        of("int4range[]", List.of(PgRange.closedOpen(1, 5), PgRange.empty())),
        of(
            "datemultirange[]",
            List.of(
                PgMultirange.of(
                    PgRange.closedOpen(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3))))),
        of("tsvector[]", List.of(PgTsVector.parse("'a' 'b':1"))),
        of("jsonb[]", Arrays.asList(TextCases.json("{\"a\": [1, \"x\"]}"), null)),
        of("hstore[]", List.of(Map.of("k", "v"))),
        of("box[]", List.of(Box.of(3, 4, 1, 2), Box.of(1, 1, 0, 0))),
        of("pg_lsn[]", List.of(PgLsn.parse("1/2"))),
        of("macaddr[]", List.of(MacAddress.parse("08:00:2b:01:02:03"))),
        of("xml[]", List.of("<a/>", "<b>x</b>")),
        TypeCase.ofNull("integer[]"),
        TypeCase.ofNull("text[][]"));
  }
}
