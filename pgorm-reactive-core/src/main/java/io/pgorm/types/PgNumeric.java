package io.pgorm.types;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL {@code numeric} that may be {@code NaN}, {@code Infinity} or {@code -Infinity},
 * which {@link BigDecimal} cannot hold. Immutable. Finite values compare with {@link
 * BigDecimal#equals} (scale counts: {@code 1.0} is not {@code 1.00}, as the server prints them
 * differently).
 *
 * <p>A numeric column reads as {@link BigDecimal}; read it as {@code PgNumeric} (or as {@code
 * Object}, which gives a {@code PgNumeric} for the three special values only) where it may hold
 * them.
 */
public final class PgNumeric {

  /** {@code NaN}: PostgreSQL treats it as equal to itself and greater than every number. */
  public static final PgNumeric NAN = new PgNumeric(null, "NaN");

  /** {@code Infinity} (PostgreSQL 14 and later). */
  public static final PgNumeric POSITIVE_INFINITY = new PgNumeric(null, "Infinity");

  /** {@code -Infinity} (PostgreSQL 14 and later). */
  public static final PgNumeric NEGATIVE_INFINITY = new PgNumeric(null, "-Infinity");

  private final @Nullable BigDecimal value;
  private final @Nullable String special;

  private PgNumeric(@Nullable BigDecimal value, @Nullable String special) {
    this.value = value;
    this.special = special;
  }

  /** A finite value. */
  public static PgNumeric of(BigDecimal value) {
    return new PgNumeric(Objects.requireNonNull(value, "value"), null);
  }

  /**
   * Reads the text form: a decimal number, or {@code NaN}, {@code Infinity}, {@code -Infinity}
   * (also {@code inf}, {@code +inf}, {@code -inf}, any case, as the server accepts them).
   *
   * @throws IllegalArgumentException if {@code text} is neither
   */
  public static PgNumeric parse(String text) {
    String t = text.strip();
    switch (t.toLowerCase(Locale.ROOT)) {
      case "nan":
        return NAN;
      case "infinity", "+infinity", "inf", "+inf":
        return POSITIVE_INFINITY;
      case "-infinity", "-inf":
        return NEGATIVE_INFINITY;
      default:
        try {
          return of(new BigDecimal(t));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("not a numeric value: \"" + text + "\"", e);
        }
    }
  }

  /** Whether this is a number, not NaN or an infinity. */
  public boolean isFinite() {
    return value != null;
  }

  /** Whether this is {@code NaN}. */
  public boolean isNaN() {
    return this == NAN;
  }

  /** Whether this is {@code Infinity} or {@code -Infinity}. */
  public boolean isInfinite() {
    return this == POSITIVE_INFINITY || this == NEGATIVE_INFINITY;
  }

  /**
   * The finite value.
   *
   * @throws ArithmeticException for NaN and the infinities
   */
  public BigDecimal bigDecimal() {
    if (value == null) {
      throw new ArithmeticException("numeric " + special + " has no BigDecimal value");
    }
    return value;
  }

  /** The finite value as {@code BigDecimal}, else this: what reading as {@code Object} gives. */
  public Object toJava() {
    return value != null ? value : this;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgNumeric n
        && Objects.equals(value, n.value)
        && Objects.equals(special, n.special);
  }

  @Override
  public int hashCode() {
    return value != null ? value.hashCode() : Objects.hashCode(special);
  }

  /** The server's text form: {@code 12.50}, {@code NaN}, {@code Infinity}, {@code -Infinity}. */
  @Override
  public String toString() {
    return value != null ? value.toPlainString() : Objects.requireNonNull(special);
  }
}
