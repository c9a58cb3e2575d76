package io.pgorm.types;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;

/**
 * How {@code infinity} and {@code -infinity} of {@code date}, {@code timestamp} and {@code
 * timestamptz} map to java.time: to the {@code MAX} and {@code MIN} of the Java type, and back.
 *
 * <p>The mapping is one-to-one. These Java values lie far outside what PostgreSQL can store (years
 * 4713 BC to 5874897 AD for dates, to 294276 AD for timestamps), so no finite value is ever read as
 * one of them; and only these exact values are written as infinity. Any other value beyond the
 * server's range is sent as it is and the server rejects it ({@code 22008}), where the driver would
 * silently have written infinity.
 */
public final class PgInfinity {

  /** {@code 'infinity'::date}. */
  public static final LocalDate DATE_POSITIVE = LocalDate.MAX;

  /** {@code '-infinity'::date}. */
  public static final LocalDate DATE_NEGATIVE = LocalDate.MIN;

  /** {@code 'infinity'::timestamp}. */
  public static final LocalDateTime TIMESTAMP_POSITIVE = LocalDateTime.MAX;

  /** {@code '-infinity'::timestamp}. */
  public static final LocalDateTime TIMESTAMP_NEGATIVE = LocalDateTime.MIN;

  /** {@code 'infinity'::timestamptz} read as {@code OffsetDateTime}. */
  public static final OffsetDateTime TIMESTAMPTZ_POSITIVE = OffsetDateTime.MAX;

  /** {@code '-infinity'::timestamptz} read as {@code OffsetDateTime}. */
  public static final OffsetDateTime TIMESTAMPTZ_NEGATIVE = OffsetDateTime.MIN;

  /** {@code 'infinity'::timestamptz} read as {@code Instant}. */
  public static final Instant INSTANT_POSITIVE = Instant.MAX;

  /** {@code '-infinity'::timestamptz} read as {@code Instant}. */
  public static final Instant INSTANT_NEGATIVE = Instant.MIN;

  private PgInfinity() {}

  /** +1 for a positive infinity value above, -1 for a negative one, 0 for a finite value. */
  public static int signum(Temporal value) {
    if (value.equals(DATE_POSITIVE)
        || value.equals(TIMESTAMP_POSITIVE)
        || value.equals(TIMESTAMPTZ_POSITIVE)
        || value.equals(INSTANT_POSITIVE)) {
      return 1;
    }
    if (value.equals(DATE_NEGATIVE)
        || value.equals(TIMESTAMP_NEGATIVE)
        || value.equals(TIMESTAMPTZ_NEGATIVE)
        || value.equals(INSTANT_NEGATIVE)) {
      return -1;
    }
    return 0;
  }

  /** Whether {@code value} stands for {@code infinity} or {@code -infinity}. */
  public static boolean isInfinite(Temporal value) {
    return signum(value) != 0;
  }
}
