package io.pgorm.types;

import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL range ({@code int4range}, {@code int8range}, {@code numrange}, {@code tsrange},
 * {@code tstzrange}, {@code daterange}): a lower and an upper bound, each inclusive or exclusive or
 * absent (unbounded), or the empty range. Immutable; equal when bounds and flags are equal.
 *
 * <p>The bound's Java type picks the range type when bound: {@code Integer} → {@code int4range},
 * {@code Long} → {@code int8range}, {@code BigDecimal} → {@code numrange}, {@code LocalDateTime} →
 * {@code tsrange}, {@code OffsetDateTime} or {@code Instant} → {@code tstzrange}, {@code LocalDate}
 * → {@code daterange}. The server stores discrete ranges in canonical form: {@code [1,5]} reads
 * back as {@code [1,6)}. A bound of ±infinity (dates, timestamps) is a bound, not an absent one: it
 * reads back as the {@link PgInfinity} value.
 *
 * @param <T> the bound type
 */
public final class PgRange<T> {

  private static final PgRange<?> EMPTY = new PgRange<>(null, false, null, false, true);

  private final @Nullable T lower;
  private final @Nullable T upper;
  private final boolean lowerInclusive;
  private final boolean upperInclusive;
  private final boolean empty;

  private PgRange(
      @Nullable T lower, boolean lowerInc, @Nullable T upper, boolean upperInc, boolean empty) {
    this.lower = lower;
    this.upper = upper;
    this.lowerInclusive = lower != null && lowerInc;
    this.upperInclusive = upper != null && upperInc;
    this.empty = empty;
  }

  /**
   * A range; a {@code null} bound is absent (unbounded) and never inclusive. Bounds are not
   * compared here: the server rejects a lower bound above the upper one.
   */
  public static <T> PgRange<T> of(
      @Nullable T lower, boolean lowerInclusive, @Nullable T upper, boolean upperInclusive) {
    return new PgRange<>(lower, lowerInclusive, upper, upperInclusive, false);
  }

  /** The empty range. */
  @SuppressWarnings("unchecked") // holds no T
  public static <T> PgRange<T> empty() {
    return (PgRange<T>) EMPTY;
  }

  /** {@code [lower,upper)}: the form the server gives discrete ranges. */
  public static <T> PgRange<T> closedOpen(T lower, T upper) {
    return of(Objects.requireNonNull(lower), true, Objects.requireNonNull(upper), false);
  }

  /** {@code [lower,upper]}. */
  public static <T> PgRange<T> closed(T lower, T upper) {
    return of(Objects.requireNonNull(lower), true, Objects.requireNonNull(upper), true);
  }

  /** {@code (lower,upper)}. */
  public static <T> PgRange<T> open(T lower, T upper) {
    return of(Objects.requireNonNull(lower), false, Objects.requireNonNull(upper), false);
  }

  /** {@code [lower,)}. */
  public static <T> PgRange<T> atLeast(T lower) {
    return of(Objects.requireNonNull(lower), true, null, false);
  }

  /** {@code (,upper)}. */
  public static <T> PgRange<T> lessThan(T upper) {
    return of(null, false, Objects.requireNonNull(upper), false);
  }

  /** {@code (,)}: every value. */
  public static <T> PgRange<T> unbounded() {
    return of(null, false, null, false);
  }

  /**
   * Reads the text form ({@code [1,5)}, {@code (,"2024-01-01 00:00:00"]}, {@code empty}), turning
   * each bound's text into a value with {@code bound}.
   *
   * @throws IllegalArgumentException if {@code text} is not a range
   */
  public static <T> PgRange<T> parse(String text, Function<String, T> bound) {
    int[] pos = {0};
    PgRange<T> range = RangeText.parse(text, pos, bound);
    if (RangeText.skipSpace(text, pos[0]) != text.length()) {
      throw RangeText.bad(text, "unexpected text after the range at index " + pos[0]);
    }
    return range;
  }

  /** The lower bound, or {@code null} when there is none (or the range is empty). */
  public @Nullable T lower() {
    return lower;
  }

  /** The upper bound, or {@code null} when there is none (or the range is empty). */
  public @Nullable T upper() {
    return upper;
  }

  /** Whether the lower bound is in the range ({@code [}); false when there is none. */
  public boolean isLowerInclusive() {
    return lowerInclusive;
  }

  /** Whether the upper bound is in the range ({@code ]}); false when there is none. */
  public boolean isUpperInclusive() {
    return upperInclusive;
  }

  /** Whether this is the empty range ({@code empty}). */
  public boolean isEmpty() {
    return empty;
  }

  /** The same range with each bound mapped. */
  public <R> PgRange<R> map(Function<? super T, ? extends R> f) {
    if (empty) {
      return empty();
    }
    return of(
        lower == null ? null : f.apply(lower),
        lowerInclusive,
        upper == null ? null : f.apply(upper),
        upperInclusive);
  }

  /** The text form, with each bound printed by {@code bound} and quoted where needed. */
  public String toString(Function<? super T, String> bound) {
    if (empty) {
      return "empty";
    }
    return (lowerInclusive ? "[" : "(")
        + (lower == null ? "" : RangeText.quote(bound.apply(lower)))
        + ","
        + (upper == null ? "" : RangeText.quote(bound.apply(upper)))
        + (upperInclusive ? "]" : ")");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgRange<?> r
        && empty == r.empty
        && lowerInclusive == r.lowerInclusive
        && upperInclusive == r.upperInclusive
        && Objects.equals(lower, r.lower)
        && Objects.equals(upper, r.upper);
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, upper, lowerInclusive, upperInclusive, empty);
  }

  /** The text form with bounds printed by {@code String.valueOf}, e.g. {@code [1,5)}. */
  @Override
  public String toString() {
    return toString(String::valueOf);
  }
}
