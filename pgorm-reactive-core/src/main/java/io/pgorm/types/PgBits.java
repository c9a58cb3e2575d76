package io.pgorm.types;

import java.util.BitSet;

/**
 * A PostgreSQL bit string ({@code bit(n)}, {@code bit varying(n)}): a fixed sequence of bits,
 * leftmost first, as the server prints it ({@code 10110}). Immutable; equal when the bits and the
 * length are equal. Binds as {@code bit varying}, which the server casts to {@code bit(n)}.
 */
public final class PgBits {

  private final String bits;

  private PgBits(String bits) {
    this.bits = bits;
  }

  /**
   * Reads the text form: {@code 0} and {@code 1} only, leftmost bit first; the empty string is the
   * empty bit string. The server's input forms {@code B'101'} and {@code X'1F'} are accepted too.
   *
   * @throws IllegalArgumentException for any other character
   */
  public static PgBits parse(String text) {
    if (text.length() >= 3 && text.charAt(1) == '\'' && text.endsWith("'")) {
      char kind = Character.toUpperCase(text.charAt(0));
      String body = text.substring(2, text.length() - 1);
      if (kind == 'X') {
        return fromHex(body);
      }
      if (kind == 'B') {
        return parse(body);
      }
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '0' && c != '1') {
        throw new IllegalArgumentException(
            "not a bit string: \"" + text + "\" has '" + c + "' at index " + i + "; use 0 and 1");
      }
    }
    return new PgBits(text);
  }

  private static PgBits fromHex(String hex) {
    StringBuilder b = new StringBuilder(hex.length() * 4);
    for (int i = 0; i < hex.length(); i++) {
      int v = Character.digit(hex.charAt(i), 16);
      if (v < 0) {
        throw new IllegalArgumentException("not a hexadecimal bit string: X'" + hex + "'");
      }
      for (int bit = 3; bit >= 0; bit--) {
        b.append((v >> bit & 1) == 1 ? '1' : '0');
      }
    }
    return new PgBits(b.toString());
  }

  /** {@code length} bits, bit {@code i} (from the left) set when {@code set.get(i)}. */
  public static PgBits of(BitSet set, int length) {
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(set.get(i) ? '1' : '0');
    }
    return new PgBits(b.toString());
  }

  /** The bits, leftmost first. */
  public static PgBits of(boolean... bits) {
    StringBuilder b = new StringBuilder(bits.length);
    for (boolean bit : bits) {
      b.append(bit ? '1' : '0');
    }
    return new PgBits(b.toString());
  }

  /** The number of bits. */
  public int length() {
    return bits.length();
  }

  /** Bit {@code index}, counted from the left from 0. */
  public boolean get(int index) {
    return bits.charAt(index) == '1';
  }

  /** The bits as a {@code BitSet}: index 0 is the leftmost bit. */
  public BitSet toBitSet() {
    BitSet set = new BitSet(bits.length());
    for (int i = 0; i < bits.length(); i++) {
      set.set(i, bits.charAt(i) == '1');
    }
    return set;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgBits b && bits.equals(b.bits);
  }

  @Override
  public int hashCode() {
    return bits.hashCode();
  }

  /** The text form, e.g. {@code 10110}. */
  @Override
  public String toString() {
    return bits;
  }
}
