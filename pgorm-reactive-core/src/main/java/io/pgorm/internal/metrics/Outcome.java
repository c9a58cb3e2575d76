package io.pgorm.internal.metrics;

import java.util.Locale;

/** How a statement ended, as the {@code outcome} tag says it. */
enum Outcome {
  SUCCESS,
  ERROR,
  CANCEL;

  private final String tag = name().toLowerCase(Locale.ROOT);

  String tag() {
    return tag;
  }
}
