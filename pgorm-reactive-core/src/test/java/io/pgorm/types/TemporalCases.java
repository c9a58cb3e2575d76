package io.pgorm.types;

import static io.pgorm.types.TypeCase.normalized;
import static io.pgorm.types.TypeCase.of;

import io.r2dbc.postgresql.codec.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** Dates, times, timestamps (±infinity, BC, microseconds, extremes), time zones, intervals. */
final class TemporalCases {

  private TemporalCases() {}

  static Stream<TypeCase> cases() {
    OffsetDateTime kathmandu =
        OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 123_456_000, ZoneOffset.ofHoursMinutes(5, 45));
    return Stream.of(
        of("date", LocalDate.of(2024, 2, 29)),
        of("date", LocalDate.of(-43, 3, 15)).label("44 BC"),
        of("date", LocalDate.of(-4712, 1, 1)).label("4713 BC, the first date"),
        of("date", LocalDate.of(5874897, 12, 31)).label("the last date"),
        of("date", PgInfinity.DATE_POSITIVE).label("infinity"),
        of("date", PgInfinity.DATE_NEGATIVE).label("-infinity"),
        of("timestamp", LocalDateTime.of(2024, 1, 1, 12, 34, 56, 123_456_000)),
        of("timestamp", LocalDateTime.of(294276, 12, 31, 23, 59, 59, 999_999_000))
            .label("the last"),
        of("timestamp", LocalDateTime.of(-43, 3, 15, 12, 0)).label("44 BC"),
        of("timestamp without time zone", PgInfinity.TIMESTAMP_POSITIVE).label("infinity"),
        of("timestamp", PgInfinity.TIMESTAMP_NEGATIVE).label("-infinity"),
        normalized(
            "timestamp(3)",
            LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_456_000),
            LocalDateTime.of(2024, 1, 1, 0, 0, 0, 123_000_000)),
        normalized(
                "timestamp",
                LocalDateTime.of(2024, 1, 1, 0, 0, 0, 1_500),
                LocalDateTime.of(2024, 1, 1, 0, 0, 0, 2_000))
            .label("nanoseconds round to micros"),
        normalized("timestamptz", kathmandu, kathmandu.withOffsetSameInstant(ZoneOffset.UTC)),
        normalized(
            "timestamp with time zone",
            OffsetDateTime.of(2024, 6, 1, 0, 0, 0, 1_000, ZoneOffset.ofHours(-8)),
            OffsetDateTime.of(2024, 6, 1, 8, 0, 0, 1_000, ZoneOffset.UTC)),
        of("timestamptz", OffsetDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))
            .label("year 10000"),
        of("timestamptz", PgInfinity.TIMESTAMPTZ_POSITIVE).label("infinity"),
        of("timestamptz", PgInfinity.TIMESTAMPTZ_NEGATIVE).label("-infinity"),
        normalized(
                "timestamptz",
                Instant.parse("2024-01-01T00:00:00.000001Z"),
                Instant.parse("2024-01-01T00:00:00.000001Z"))
            .readAs(Instant.class),
        normalized("timestamptz", PgInfinity.INSTANT_POSITIVE, PgInfinity.INSTANT_POSITIVE)
            .readAs(Instant.class),
        of("time", LocalTime.of(23, 59, 59, 999_999_000)),
        of("time", LocalTime.MIDNIGHT),
        of("time", LocalTime.MAX).label("24:00:00"),
        of("time(0)", LocalTime.of(12, 0, 1)),
        of("timetz", OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutes(5, 30))),
        of("time with time zone", OffsetTime.of(12, 0, 0, 500_000_000, ZoneOffset.ofHours(-8))),
        of("timetz", OffsetTime.of(12, 0, 0, 0, ZoneOffset.ofHoursMinutesSeconds(5, 30, 15))),
        of("interval", Interval.of(1, 2, 3, 4, 5, 6, 789_000)),
        of("interval", Interval.of(0, 0, -1, 0, 0, -1, 0)).label("-1 days -00:00:01"),
        of("interval", Interval.of(0, 0, 0, 0, 0, 0, 1)).label("one microsecond"),
        of("interval", Interval.of(0, 0, 0, 100_000, 0, 0, 0)).label("100000 hours"),
        of("interval day to second", Interval.of(0, 0, 3, 1, 2, 3, 0)),
        of("interval", Interval.of(-178_000_000, 0, 0, 0, 0, 0, 0)).label("-178000000 years"),
        TypeCase.ofNull("date"),
        TypeCase.ofNull("timestamptz"),
        TypeCase.ofNull("interval"));
  }
}
