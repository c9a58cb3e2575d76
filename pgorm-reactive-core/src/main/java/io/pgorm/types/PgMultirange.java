package io.pgorm.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A PostgreSQL multirange ({@code int4multirange}, ..., PostgreSQL 14 and later): an ordered list
 * of non-overlapping ranges. Immutable; equal when the ranges are equal in order. The server stores
 * multiranges normalized (sorted, merged, empties dropped); what it reads back is that form.
 *
 * @param <T> the bound type
 */
public final class PgMultirange<T> {

  private final List<PgRange<T>> ranges;

  private PgMultirange(List<PgRange<T>> ranges) {
    this.ranges = List.copyOf(ranges);
  }

  /** The multirange of these ranges, in this order. */
  public static <T> PgMultirange<T> of(List<PgRange<T>> ranges) {
    return new PgMultirange<>(ranges);
  }

  /** The multirange of these ranges, in this order. */
  @SafeVarargs
  public static <T> PgMultirange<T> of(PgRange<T>... ranges) {
    List<PgRange<T>> list = new ArrayList<>(ranges.length);
    for (PgRange<T> r : ranges) {
      list.add(r);
    }
    return new PgMultirange<>(list);
  }

  /**
   * Reads the text form {@code {[1,5),[7,9)}} ({@code {}} is empty), each bound read by {@code
   * bound}.
   *
   * @throws IllegalArgumentException if {@code text} is not a multirange
   */
  public static <T> PgMultirange<T> parse(String text, Function<String, T> bound) {
    int i = RangeText.skipSpace(text, 0);
    if (i >= text.length() || text.charAt(i) != '{') {
      throw bad(text, "expected '{'");
    }
    List<PgRange<T>> ranges = new ArrayList<>();
    int[] pos = {RangeText.skipSpace(text, i + 1)};
    if (pos[0] < text.length() && text.charAt(pos[0]) == '}') {
      pos[0]++;
    } else {
      while (true) {
        ranges.add(RangeText.parse(text, pos, bound));
        int j = RangeText.skipSpace(text, pos[0]);
        if (j < text.length() && text.charAt(j) == ',') {
          pos[0] = j + 1;
        } else if (j < text.length() && text.charAt(j) == '}') {
          pos[0] = j + 1;
          break;
        } else {
          throw bad(text, "expected ',' or '}' at index " + j);
        }
      }
    }
    if (RangeText.skipSpace(text, pos[0]) != text.length()) {
      throw bad(text, "unexpected text after '}' at index " + pos[0]);
    }
    return new PgMultirange<>(ranges);
  }

  private static IllegalArgumentException bad(String text, String why) {
    return new IllegalArgumentException("not a multirange: \"" + text + "\": " + why);
  }

  /** The ranges, in order; unmodifiable. */
  public List<PgRange<T>> ranges() {
    return ranges;
  }

  /** Whether it holds no range ({@code {}}). */
  public boolean isEmpty() {
    return ranges.isEmpty();
  }

  /** The same multirange with each bound mapped. */
  public <R> PgMultirange<R> map(Function<? super T, ? extends R> f) {
    List<PgRange<R>> mapped = new ArrayList<>(ranges.size());
    for (PgRange<T> r : ranges) {
      mapped.add(r.map(f));
    }
    return new PgMultirange<>(mapped);
  }

  /** The text form, with each bound printed by {@code bound}. */
  public String toString(Function<? super T, String> bound) {
    return ranges.stream().map(r -> r.toString(bound)).collect(Collectors.joining(",", "{", "}"));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgMultirange<?> m && ranges.equals(m.ranges);
  }

  @Override
  public int hashCode() {
    return ranges.hashCode();
  }

  /** The text form, e.g. {@code {[1,5),[7,9)}}. */
  @Override
  public String toString() {
    return toString(String::valueOf);
  }
}
