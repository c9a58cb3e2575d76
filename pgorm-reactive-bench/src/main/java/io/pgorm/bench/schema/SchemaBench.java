package io.pgorm.bench.schema;

import io.pgorm.schema.Schemas;
import io.pgorm.schema.ir.SchemaModel;
import java.util.Arrays;
import java.util.Locale;

/**
 * A plain harness for parse + validate + print of a generated schema: warms up, then times each
 * round and reports the minimum, median and 90th percentile in milliseconds. Run with {@code java
 * -cp ... io.pgorm.bench.schema.SchemaBench [models] [rounds]}; {@link SchemaBenchmark} is the JMH
 * version of the same measurement.
 */
public final class SchemaBench {

  private SchemaBench() {}

  public static void main(String[] args) {
    int models = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    String text = SchemaText.of(models);
    int lines = text.split("\n", -1).length;
    long coldStart = System.nanoTime();
    round(text);
    long cold = System.nanoTime() - coldStart;
    for (int i = 0; i < 20; i++) {
      round(text);
    }
    long[] nanos = new long[rounds];
    int size = 0;
    for (int i = 0; i < rounds; i++) {
      long start = System.nanoTime();
      size += round(text);
      nanos[i] = System.nanoTime() - start;
    }
    Arrays.sort(nanos);
    System.out.printf(
        Locale.ROOT,
        "schema of %d models (%d lines, %d chars): parse + validate + print in ms: min %.1f,"
            + " median %.1f, p90 %.1f (%d rounds after 20 warm-up rounds; %d chars printed);"
            + " the first, cold round took %.1f%n",
        models,
        lines,
        text.length(),
        ms(nanos[0]),
        ms(nanos[rounds / 2]),
        ms(nanos[(int) (rounds * 0.9)]),
        rounds,
        size / rounds,
        ms(cold));
  }

  /** One parse, validation and print; returns the printed length so that nothing is elided. */
  static int round(String text) {
    SchemaModel model = Schemas.parse("bench.pgorm", text);
    return Schemas.print(model).length();
  }

  private static double ms(long nanos) {
    return nanos / 1_000_000.0;
  }
}
