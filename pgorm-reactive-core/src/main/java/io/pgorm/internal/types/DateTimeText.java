package io.pgorm.internal.types;

import io.pgorm.types.PgInfinity;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoField;

/**
 * The ISO forms the server prints dates and times in ({@code DateStyle = ISO}, which the driver
 * sets): {@code 2024-02-29}, {@code 0044-03-15 BC}, {@code 2024-01-01 12:00:00.5+05:30}, and the
 * {@code T}-separated forms of {@code to_jsonb}. Years may have more than four digits.
 */
final class DateTimeText {

  private DateTimeText() {}

  static LocalDate parseDate(String text) {
    if (text.equals("infinity")) {
      return PgInfinity.DATE_POSITIVE;
    }
    if (text.equals("-infinity")) {
      return PgInfinity.DATE_NEGATIVE;
    }
    boolean bc = text.endsWith(" BC");
    String t = bc ? text.substring(0, text.length() - 3) : text;
    return date(t, bc, text);
  }

  static LocalDateTime parseTimestamp(String text) {
    if (text.equals("infinity")) {
      return PgInfinity.TIMESTAMP_POSITIVE;
    }
    if (text.equals("-infinity")) {
      return PgInfinity.TIMESTAMP_NEGATIVE;
    }
    boolean bc = text.endsWith(" BC");
    String t = bc ? text.substring(0, text.length() - 3) : text;
    int sep = dateEnd(t, text);
    return LocalDateTime.of(date(t.substring(0, sep), bc, text), time(t.substring(sep + 1), text));
  }

  /** A timestamptz at UTC: the server stores an instant, the offset is only the session's. */
  static OffsetDateTime parseTimestampTz(String text) {
    if (text.equals("infinity")) {
      return PgInfinity.TIMESTAMPTZ_POSITIVE;
    }
    if (text.equals("-infinity")) {
      return PgInfinity.TIMESTAMPTZ_NEGATIVE;
    }
    boolean bc = text.endsWith(" BC");
    String t = bc ? text.substring(0, text.length() - 3) : text;
    int sep = dateEnd(t, text);
    String rest = t.substring(sep + 1);
    int sign = Math.max(rest.lastIndexOf('+'), rest.lastIndexOf('-'));
    if (sign < 0) {
      throw bad(text, "no UTC offset");
    }
    LocalDateTime local =
        LocalDateTime.of(date(t.substring(0, sep), bc, text), time(rest.substring(0, sign), text));
    return OffsetDateTime.of(local, offset(rest.substring(sign), text))
        .withOffsetSameInstant(ZoneOffset.UTC);
  }

  /** {@code 24:00:00}, which the server allows, is {@link LocalTime#MAX}. */
  static LocalTime parseTime(String text) {
    return time(text, text);
  }

  static OffsetTime parseTimeTz(String text) {
    int sign = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
    if (sign < 0) {
      throw bad(text, "no UTC offset");
    }
    return OffsetTime.of(time(text.substring(0, sign), text), offset(text.substring(sign), text));
  }

  static String formatDate(LocalDate d) {
    if (d.equals(PgInfinity.DATE_POSITIVE)) {
      return "infinity";
    }
    if (d.equals(PgInfinity.DATE_NEGATIVE)) {
      return "-infinity";
    }
    return date(d);
  }

  static String formatTimestamp(LocalDateTime t) {
    if (t.equals(PgInfinity.TIMESTAMP_POSITIVE)) {
      return "infinity";
    }
    if (t.equals(PgInfinity.TIMESTAMP_NEGATIVE)) {
      return "-infinity";
    }
    return withEra(date(t.toLocalDate()), time(t.toLocalTime()));
  }

  static String formatTimestampTz(OffsetDateTime t) {
    if (t.equals(PgInfinity.TIMESTAMPTZ_POSITIVE)) {
      return "infinity";
    }
    if (t.equals(PgInfinity.TIMESTAMPTZ_NEGATIVE)) {
      return "-infinity";
    }
    String zone = t.getOffset().getId().equals("Z") ? "+00:00" : t.getOffset().getId();
    return withEra(date(t.toLocalDate()), time(t.toLocalTime()) + zone);
  }

  static String formatInstant(Instant i) {
    if (i.equals(PgInfinity.INSTANT_POSITIVE)) {
      return "infinity";
    }
    if (i.equals(PgInfinity.INSTANT_NEGATIVE)) {
      return "-infinity";
    }
    return formatTimestampTz(i.atOffset(ZoneOffset.UTC));
  }

  /** {@link LocalTime#MAX} is written as {@code 24:00:00}. */
  static String formatTime(LocalTime t) {
    return t.equals(LocalTime.MAX) ? "24:00:00" : time(t);
  }

  static String formatTimeTz(OffsetTime t) {
    String zone = t.getOffset().getId().equals("Z") ? "+00:00" : t.getOffset().getId();
    return formatTime(t.toLocalTime()) + zone;
  }

  private static String withEra(String date, String rest) {
    // The era goes last: "0044-03-15 12:00:00 BC".
    if (date.endsWith(" BC")) {
      return date.substring(0, date.length() - 3) + " " + rest + " BC";
    }
    return date + " " + rest;
  }

  private static String date(LocalDate d) {
    int yearOfEra = d.get(ChronoField.YEAR_OF_ERA);
    String y = Integer.toString(yearOfEra);
    StringBuilder b = new StringBuilder(14);
    b.append("0".repeat(Math.max(0, 4 - y.length()))).append(y).append('-');
    b.append(d.getMonthValue() < 10 ? "0" : "").append(d.getMonthValue()).append('-');
    b.append(d.getDayOfMonth() < 10 ? "0" : "").append(d.getDayOfMonth());
    return d.getYear() <= 0 ? b.append(" BC").toString() : b.toString();
  }

  private static String time(LocalTime t) {
    StringBuilder b = new StringBuilder(18);
    two(b, t.getHour()).append(':');
    two(b, t.getMinute()).append(':');
    two(b, t.getSecond());
    if (t.getNano() != 0) {
      // All nine digits: the server rounds to microseconds as it does for any input.
      String n = Integer.toString(t.getNano());
      b.append('.').append("0".repeat(9 - n.length())).append(n);
    }
    return b.toString();
  }

  private static StringBuilder two(StringBuilder b, int v) {
    return b.append(v < 10 ? "0" : "").append(v);
  }

  private static int dateEnd(String t, String text) {
    int sep = t.indexOf(' ');
    int tee = t.indexOf('T');
    int end = sep < 0 ? tee : tee < 0 ? sep : Math.min(sep, tee);
    if (end < 0) {
      throw bad(text, "no time part");
    }
    return end;
  }

  private static LocalDate date(String t, boolean bc, String text) {
    int d1 = t.indexOf('-', 1);
    int d2 = d1 < 0 ? -1 : t.indexOf('-', d1 + 1);
    if (d1 < 0 || d2 < 0) {
      throw bad(text, "expected year-month-day");
    }
    try {
      int year = Integer.parseInt(t.substring(0, d1));
      int month = Integer.parseInt(t.substring(d1 + 1, d2));
      int day = Integer.parseInt(t.substring(d2 + 1));
      return LocalDate.of(bc ? 1 - year : year, month, day);
    } catch (RuntimeException e) {
      throw bad(text, e.getMessage());
    }
  }

  private static LocalTime time(String t, String text) {
    try {
      int h = Integer.parseInt(t.substring(0, 2));
      int m = Integer.parseInt(t.substring(3, 5));
      int s = t.length() >= 8 ? Integer.parseInt(t.substring(6, 8)) : 0;
      int nanos = 0;
      if (t.length() > 9 && t.charAt(8) == '.') {
        String f = t.substring(9);
        nanos = Integer.parseInt((f + "000000000").substring(0, 9));
      }
      if (h == 24 && m == 0 && s == 0 && nanos == 0) {
        return LocalTime.MAX;
      }
      return LocalTime.of(h, m, s, nanos);
    } catch (RuntimeException e) {
      throw bad(text, "expected HH:MM:SS[.ffffff]: " + e.getMessage());
    }
  }

  private static ZoneOffset offset(String z, String text) {
    try {
      int sign = z.charAt(0) == '-' ? -1 : 1;
      String[] parts = z.substring(1).split(":");
      int h = Integer.parseInt(parts[0]);
      int m = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
      int s = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
      return ZoneOffset.ofHoursMinutesSeconds(sign * h, sign * m, sign * s);
    } catch (RuntimeException e) {
      throw bad(text, "bad UTC offset \"" + z + "\"");
    }
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("not a date/time value: \"" + text + "\": " + why);
  }
}
