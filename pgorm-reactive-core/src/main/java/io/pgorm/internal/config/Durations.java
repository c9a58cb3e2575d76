package io.pgorm.internal.config;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** Reads durations written as {@code 500ms}, {@code 10s}, {@code 5m}, {@code 1h} or ISO-8601. */
final class Durations {

  private Durations() {}

  /**
   * Parses {@code text}; a bare number is taken in {@code bareUnit}, as libpq and the server do
   * ({@code connect_timeout} in seconds, {@code statement_timeout} in milliseconds).
   *
   * @throws IllegalArgumentException saying which forms are accepted
   */
  static Duration parse(String text, ChronoUnit bareUnit) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      int split = 0;
      while (split < t.length() && Character.isDigit(t.charAt(split))) {
        split++;
      }
      if (split == 0) {
        throw new IllegalArgumentException(invalid(text));
      }
      long amount = Long.parseLong(t.substring(0, split));
      String unit = t.substring(split).trim();
      switch (unit) {
        case "":
          return Duration.of(amount, bareUnit);
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
        case "min":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        default:
          throw new IllegalArgumentException(invalid(text));
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      throw new IllegalArgumentException(invalid(text), e);
    }
  }

  private static String invalid(String text) {
    return "'" + text + "' is not a duration; write e.g. 500ms, 10s, 5m, 1h or PT10S";
  }
}
