package io.pgorm.internal.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZonedDateTime;

/**
 * {@code date}, {@code timestamp}, {@code timestamptz}, {@code time}, {@code timetz}: java.time
 * values, ±infinity as {@link io.pgorm.types.PgInfinity}, timestamptz at UTC. {@code to_jsonb}
 * writes the same text with a {@code T} between date and time.
 */
final class TemporalCodec implements TextCodec {

  static final TemporalCodec DATE = new TemporalCodec(LocalDate.class);
  static final TemporalCodec TIMESTAMP = new TemporalCodec(LocalDateTime.class);
  static final TemporalCodec TIMESTAMPTZ = new TemporalCodec(OffsetDateTime.class);
  static final TemporalCodec TIME = new TemporalCodec(LocalTime.class);
  static final TemporalCodec TIMETZ = new TemporalCodec(OffsetTime.class);

  private final Class<?> type;

  private TemporalCodec(Class<?> type) {
    this.type = type;
  }

  @Override
  public Class<?> javaType() {
    return type;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    if (type == LocalDate.class) {
      return DateTimeText.parseDate(text);
    } else if (type == LocalDateTime.class) {
      return DateTimeText.parseTimestamp(text);
    } else if (type == OffsetDateTime.class) {
      return DateTimeText.parseTimestampTz(text);
    } else if (type == LocalTime.class) {
      return DateTimeText.parseTime(text);
    }
    return DateTimeText.parseTimeTz(text);
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (type == LocalDate.class && value instanceof LocalDate d) {
      return DateTimeText.formatDate(d);
    } else if (type == LocalDateTime.class && value instanceof LocalDateTime t) {
      return DateTimeText.formatTimestamp(t);
    } else if (type == OffsetDateTime.class && value instanceof OffsetDateTime t) {
      return DateTimeText.formatTimestampTz(t);
    } else if (type == OffsetDateTime.class && value instanceof Instant i) {
      return DateTimeText.formatInstant(i);
    } else if (type == OffsetDateTime.class && value instanceof ZonedDateTime z) {
      return DateTimeText.formatTimestampTz(z.toOffsetDateTime());
    } else if (type == LocalTime.class && value instanceof LocalTime t) {
      return DateTimeText.formatTime(t);
    } else if (type == OffsetTime.class && value instanceof OffsetTime t) {
      return DateTimeText.formatTimeTz(t);
    }
    throw new IllegalArgumentException(
        "expected " + type.getSimpleName() + ", got " + value.getClass().getName());
  }
}
