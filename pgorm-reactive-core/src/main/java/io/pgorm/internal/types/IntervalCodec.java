package io.pgorm.internal.types;

import io.r2dbc.postgresql.codec.Interval;

/**
 * {@code interval}: the driver's {@link Interval}. Read from the {@code postgres} and {@code
 * iso_8601} interval styles by hand, with exact microseconds (the driver goes through a double);
 * written in ISO 8601, which the server reads in every style. {@code to_jsonb} writes the session's
 * style as a string.
 */
final class IntervalCodec implements TextCodec {

  static final IntervalCodec INSTANCE = new IntervalCodec();

  private IntervalCodec() {}

  @Override
  public Class<?> javaType() {
    return Interval.class;
  }

  @Override
  public Object parse(String text, SessionFormat session) {
    if (text.equals("infinity") || text.equals("-infinity")) {
      throw new IllegalArgumentException(
          "interval " + text + " (PostgreSQL 17) has no value in the driver's Interval type");
    }
    if (text.startsWith("P")) {
      return iso(text);
    }
    int years = 0;
    int months = 0;
    int days = 0;
    String[] tokens = text.trim().split("\\s+");
    for (int i = 0; i < tokens.length; i++) {
      String tok = tokens[i];
      if (tok.indexOf(':') >= 0) {
        return time(tok, years, months, days, text);
      }
      if (i + 1 >= tokens.length) {
        throw new IllegalArgumentException("not an interval: \"" + text + "\"");
      }
      int n = Integer.parseInt(tok.startsWith("+") ? tok.substring(1) : tok);
      String unit = tokens[++i];
      if (unit.startsWith("year")) {
        years = n;
      } else if (unit.startsWith("mon")) {
        months = n;
      } else if (unit.startsWith("day")) {
        days = n;
      } else {
        throw new IllegalArgumentException(
            "not an interval in the postgres style: \"" + text + "\" (unit " + unit + ")");
      }
    }
    return Interval.of(years, months, days, 0, 0, 0, 0);
  }

  /** {@code P1Y-2M3DT4H5M-6.000001S}: each number may carry its own sign. */
  private static Interval iso(String text) {
    int[] f = new int[7];
    boolean time = false;
    int i = 1;
    while (i < text.length()) {
      if (text.charAt(i) == 'T') {
        time = true;
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && "+-0123456789.".indexOf(text.charAt(i)) >= 0) {
        i++;
      }
      if (i == start || i >= text.length()) {
        throw new IllegalArgumentException("not an ISO 8601 interval: \"" + text + "\"");
      }
      String num = text.substring(start, i);
      char unit = text.charAt(i++);
      if (unit == 'S') {
        int sign = num.startsWith("-") ? -1 : 1;
        String abs = num.startsWith("-") || num.startsWith("+") ? num.substring(1) : num;
        int dot = abs.indexOf('.');
        f[5] = sign * Integer.parseInt(dot < 0 ? abs : abs.substring(0, dot));
        f[6] =
            dot < 0
                ? 0
                : sign * Integer.parseInt((abs.substring(dot + 1) + "000000").substring(0, 6));
        continue;
      }
      int n = Integer.parseInt(num);
      int slot = unit == 'Y' ? 0 : unit == 'D' ? 2 : unit == 'H' ? 3 : unit == 'W' ? 2 : -1;
      if (unit == 'M') {
        slot = time ? 4 : 1;
      }
      if (slot < 0) {
        throw new IllegalArgumentException("not an ISO 8601 interval: \"" + text + "\"");
      }
      f[slot] += unit == 'W' ? 7 * n : n;
    }
    return Interval.of(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
  }

  private static Interval time(String tok, int years, int months, int days, String text) {
    int sign = tok.startsWith("-") ? -1 : 1;
    String t = tok.startsWith("-") || tok.startsWith("+") ? tok.substring(1) : tok;
    String[] hms = t.split(":");
    if (hms.length != 3) {
      throw new IllegalArgumentException("not an interval: \"" + text + "\"");
    }
    int hours = Integer.parseInt(hms[0]);
    int minutes = Integer.parseInt(hms[1]);
    String sec = hms[2];
    int dot = sec.indexOf('.');
    int seconds = Integer.parseInt(dot < 0 ? sec : sec.substring(0, dot));
    int micros =
        dot < 0 ? 0 : Integer.parseInt((sec.substring(dot + 1) + "000000").substring(0, 6));
    return Interval.of(
        years, months, days, sign * hours, sign * minutes, sign * seconds, sign * micros);
  }

  @Override
  public String format(Object value, SessionFormat session) {
    if (!(value instanceof Interval i)) {
      throw new IllegalArgumentException("expected Interval, got " + value.getClass().getName());
    }
    long micros = (long) i.getSecondsInMinute() * 1_000_000L + i.getMicrosecondsInSecond();
    String sec = micros < 0 ? "-" : "";
    long abs = Math.abs(micros);
    sec += abs / 1_000_000 + "." + String.format(java.util.Locale.ROOT, "%06d", abs % 1_000_000);
    return "P"
        + i.getYears()
        + "Y"
        + i.getMonths()
        + "M"
        + i.getDays()
        + "DT"
        + i.getHours()
        + "H"
        + i.getMinutes()
        + "M"
        + sec
        + "S";
  }
}
