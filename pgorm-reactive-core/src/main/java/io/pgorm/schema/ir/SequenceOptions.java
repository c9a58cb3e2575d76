package io.pgorm.schema.ir;

import org.jspecify.annotations.Nullable;

/** Sequence settings; a {@code null} means the PostgreSQL default for the sequence's type. */
public record SequenceOptions(
    @Nullable Long start,
    @Nullable Long increment,
    @Nullable Long minValue,
    @Nullable Long maxValue,
    @Nullable Long cache,
    boolean cycle) {

  /** Every option at its default. */
  public static final SequenceOptions DEFAULTS =
      new SequenceOptions(null, null, null, null, null, false);
}
