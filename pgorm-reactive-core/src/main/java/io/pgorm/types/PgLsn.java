package io.pgorm.types;

/**
 * A PostgreSQL {@code pg_lsn}: a position in the write-ahead log, an unsigned 64-bit number printed
 * as two hexadecimal halves ({@code 16/B374D848}). Immutable; ordered as the server orders them.
 */
public final class PgLsn implements Comparable<PgLsn> {

  private final long value;

  private PgLsn(long value) {
    this.value = value;
  }

  /** The LSN with this unsigned 64-bit value. */
  public static PgLsn of(long value) {
    return new PgLsn(value);
  }

  /**
   * Reads the text form {@code X/Y}: two hexadecimal numbers of up to 8 digits each.
   *
   * @throws IllegalArgumentException for anything else
   */
  public static PgLsn parse(String text) {
    int slash = text.indexOf('/');
    if (slash <= 0
        || slash > 8
        || slash == text.length() - 1
        || text.length() - slash - 1 > 8
        || text.indexOf('/', slash + 1) >= 0) {
      throw new IllegalArgumentException(
          "not a pg_lsn: \"" + text + "\"; expected two hexadecimal halves such as 16/B374D848");
    }
    try {
      long hi = Long.parseLong(text.substring(0, slash), 16);
      long lo = Long.parseLong(text.substring(slash + 1), 16);
      return new PgLsn(hi << 32 | lo);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "not a pg_lsn: \"" + text + "\"; expected two hexadecimal halves such as 16/B374D848", e);
    }
  }

  /** The unsigned 64-bit value. */
  public long value() {
    return value;
  }

  @Override
  public int compareTo(PgLsn o) {
    return Long.compareUnsigned(value, o.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PgLsn l && value == l.value;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(value);
  }

  /** The text form, e.g. {@code 16/B374D848}. */
  @Override
  public String toString() {
    return Long.toHexString(value >>> 32).toUpperCase(java.util.Locale.ROOT)
        + "/"
        + Long.toHexString(value & 0xFFFFFFFFL).toUpperCase(java.util.Locale.ROOT);
  }
}
