package io.pgorm.types;

import static io.pgorm.types.TypeCase.normalized;
import static io.pgorm.types.TypeCase.of;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/**
 * The six range types and their multiranges: bounds, empty, unbounded, infinity, canonical form.
 */
final class RangeCases {

  private RangeCases() {}

  static Stream<TypeCase> cases() {
    LocalDate d1 = LocalDate.of(2024, 1, 1);
    LocalDate d2 = LocalDate.of(2024, 2, 1);
    LocalDateTime t1 = LocalDateTime.of(2024, 1, 1, 9, 30, 0, 250_000);
    OffsetDateTime z1 = OffsetDateTime.of(2024, 1, 1, 9, 30, 0, 0, ZoneOffset.ofHours(2));
    return Stream.of(
        of("int4range", PgRange.closedOpen(1, 5)),
        normalized("int4range", PgRange.closed(1, 5), PgRange.closedOpen(1, 6)),
        normalized("int4range", PgRange.open(1, 5), PgRange.closedOpen(2, 5)),
        normalized("int4range", PgRange.closedOpen(5, 5), PgRange.empty()).label("[5,5) is empty"),
        of("int4range", PgRange.empty()),
        of("int4range", PgRange.lessThan(5)),
        of("int4range", PgRange.unbounded()),
        of("int4range", PgRange.atLeast(Integer.MIN_VALUE)),
        of("int8range", PgRange.closedOpen(Long.MIN_VALUE, Long.MAX_VALUE)),
        of("numrange", PgRange.of(new BigDecimal("1.5"), false, new BigDecimal("2.25"), true)),
        normalized(
            "numrange",
            PgRange.closed(new BigDecimal("-1e-20"), new BigDecimal("1e20")),
            PgRange.closed(new BigDecimal("-1e-20"), new BigDecimal("100000000000000000000"))),
        of("tsrange", PgRange.closedOpen(t1, PgInfinity.TIMESTAMP_POSITIVE)).label("[t, infinity)"),
        of("tsrange", PgRange.atLeast(t1)),
        normalized(
            "tstzrange",
            PgRange.closedOpen(z1, z1.plusHours(1)),
            PgRange.closedOpen(
                z1.withOffsetSameInstant(ZoneOffset.UTC),
                z1.plusHours(1).withOffsetSameInstant(ZoneOffset.UTC))),
        of(
            "tstzrange",
            PgRange.of(
                PgInfinity.TIMESTAMPTZ_NEGATIVE, false, PgInfinity.TIMESTAMPTZ_POSITIVE, false)),
        of("daterange", PgRange.closedOpen(d1, d2)),
        normalized("daterange", PgRange.closed(d1, d2), PgRange.closedOpen(d1, d2.plusDays(1))),
        of("int4multirange", PgMultirange.of(PgRange.closedOpen(1, 5), PgRange.closedOpen(7, 9))),
        normalized(
                "int4multirange",
                PgMultirange.of(PgRange.closedOpen(7, 9), PgRange.closed(1, 7)),
                PgMultirange.of(PgRange.closedOpen(1, 9)))
            .label("merged"),
        of("int4multirange", PgMultirange.of()),
        of("int8multirange", PgMultirange.of(PgRange.atLeast(10L))),
        of(
            "nummultirange",
            PgMultirange.of(PgRange.closedOpen(new BigDecimal("0.5"), new BigDecimal("1.5")))),
        of(
            "datemultirange",
            PgMultirange.of(PgRange.closedOpen(d1, d2), PgRange.atLeast(d2.plusDays(3)))),
        of("tsmultirange", PgMultirange.of(PgRange.closedOpen(t1, t1.plusDays(1)))),
        of(
            "tstzmultirange",
            PgMultirange.of(PgRange.lessThan(z1.withOffsetSameInstant(ZoneOffset.UTC)))),
        TypeCase.ofNull("int4range"),
        TypeCase.ofNull("datemultirange"));
  }
}
