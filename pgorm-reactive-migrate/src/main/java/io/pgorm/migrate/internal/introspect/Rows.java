package io.pgorm.migrate.internal.introspect;

import io.r2dbc.spi.Row;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Typed reads of catalog rows; the queries cast to text, int, bigint, bool and text[]. */
final class Rows {

  private Rows() {}

  static String text(Row row, String column) {
    String v = row.get(column, String.class);
    if (v == null) {
      throw new IllegalStateException("catalog column " + column + " is NULL");
    }
    return v;
  }

  static @Nullable String optText(Row row, String column) {
    return row.get(column, String.class);
  }

  /** The text, or {@code null} when it is NULL or empty. */
  static @Nullable String nonEmpty(Row row, String column) {
    String v = row.get(column, String.class);
    return v == null || v.isEmpty() ? null : v;
  }

  static boolean bool(Row row, String column) {
    Boolean v = row.get(column, Boolean.class);
    return v != null && v;
  }

  static long int8(Row row, String column) {
    Long v = row.get(column, Long.class);
    return v == null ? 0 : v;
  }

  static @Nullable Long optInt8(Row row, String column) {
    return row.get(column, Long.class);
  }

  static int int4(Row row, String column) {
    Integer v = row.get(column, Integer.class);
    return v == null ? 0 : v;
  }

  /** A text[] column; NULL is an empty list (the queries keep NULL out of the elements). */
  static List<String> texts(Row row, String column) {
    String[] v = row.get(column, String[].class);
    return v == null ? List.of() : List.copyOf(Arrays.asList(v));
  }

  static List<Integer> ints(Row row, String column) {
    Integer[] v = row.get(column, Integer[].class);
    return v == null ? List.of() : List.copyOf(Arrays.asList(v));
  }
}
