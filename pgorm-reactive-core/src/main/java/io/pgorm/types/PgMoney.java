package io.pgorm.types;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A PostgreSQL {@code money} value: a fixed-point amount with the server's number of fraction
 * digits ({@code lc_monetary}; two in most locales). Immutable. Two values are equal when their
 * amounts are numerically equal, whatever their scale ({@code 1.5} equals {@code 1.50}).
 *
 * <p>The server prints money in its locale ({@code $1,234.56}, {@code -$1,234.56}, {@code 1.234,56
 * €}); {@link #parse(String, int)} reads any of these given the number of fraction digits. Values
 * are bound without currency symbol or grouping, with the decimal mark of the server's locale.
 */
public final class PgMoney implements Comparable<PgMoney> {

  /** The range of PostgreSQL's 64-bit money, in minor units. */
  private static final BigInteger MIN_UNITS = BigInteger.valueOf(Long.MIN_VALUE);

  private static final BigInteger MAX_UNITS = BigInteger.valueOf(Long.MAX_VALUE);

  private final BigDecimal amount;

  private PgMoney(BigDecimal amount) {
    this.amount = amount;
  }

  /** The amount as given (not rounded: the server rounds to its fraction digits on input). */
  public static PgMoney of(BigDecimal amount) {
    return new PgMoney(Objects.requireNonNull(amount, "amount"));
  }

  /** {@code PgMoney.of("12.34")}: a plain decimal number, no currency symbol or grouping. */
  public static PgMoney of(String amount) {
    return of(new BigDecimal(amount));
  }

  /**
   * Reads the server's text form in any locale: every digit counts, the last {@code fractionDigits}
   * of them are the fraction, and a minus sign or parentheses make it negative.
   *
   * @throws IllegalArgumentException if {@code text} holds no digit or is out of money's range
   */
  public static PgMoney parse(String text, int fractionDigits) {
    StringBuilder digits = new StringBuilder(text.length());
    boolean negative = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c == '-' || c == '(') {
        negative = true;
      }
    }
    if (digits.length() == 0) {
      throw new IllegalArgumentException("not a money value: \"" + text + "\" holds no digit");
    }
    BigInteger units = new BigInteger(digits.toString());
    units = negative ? units.negate() : units;
    if (units.compareTo(MIN_UNITS) < 0 || units.compareTo(MAX_UNITS) > 0) {
      throw new IllegalArgumentException(
          "not a money value: \"" + text + "\" is out of range for 64-bit money");
    }
    return new PgMoney(new BigDecimal(units, fractionDigits));
  }

  /** Reads the text form of a server with two fraction digits ({@code $1,234.56}). */
  public static PgMoney parse(String text) {
    return parse(text, 2);
  }

  /** The amount, in the currency's major unit ({@code 12.34}). */
  public BigDecimal amount() {
    return amount;
  }

  @Override
  public int compareTo(PgMoney o) {
    return amount.compareTo(o.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgMoney m && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode();
  }

  /** The plain amount, e.g. {@code -1234.56}. */
  @Override
  public String toString() {
    return amount.toPlainString();
  }
}
