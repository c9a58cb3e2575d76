package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.SequenceOptions;
import org.jspecify.annotations.Nullable;

/**
 * A sequence's settings as the IR keeps them: {@code null} where the value is PostgreSQL's default
 * for the sequence's type and direction, so that a sequence declared without options reads back
 * without options.
 */
final class SequenceDefaults {

  private SequenceDefaults() {}

  /**
   * @param type {@code smallint}, {@code integer} or {@code bigint}
   */
  static SequenceOptions options(SequenceRow s, String type) {
    long typeMin;
    long typeMax;
    switch (type) {
      case "smallint" -> {
        typeMin = Short.MIN_VALUE;
        typeMax = Short.MAX_VALUE;
      }
      case "integer" -> {
        typeMin = Integer.MIN_VALUE;
        typeMax = Integer.MAX_VALUE;
      }
      default -> {
        typeMin = Long.MIN_VALUE;
        typeMax = Long.MAX_VALUE;
      }
    }
    boolean up = s.increment() > 0;
    long defaultMin = up ? 1 : typeMin;
    long defaultMax = up ? typeMax : -1;
    long defaultStart = up ? s.min() : s.max();
    return new SequenceOptions(
        unless(s.start(), defaultStart),
        unless(s.increment(), 1),
        unless(s.min(), defaultMin),
        unless(s.max(), defaultMax),
        unless(s.cache(), 1),
        s.cycle());
  }

  static boolean allDefault(SequenceOptions o) {
    return o.equals(SequenceOptions.DEFAULTS);
  }

  private static @Nullable Long unless(long value, long dflt) {
    return value == dflt ? null : value;
  }
}
