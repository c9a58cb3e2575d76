package io.pgorm.schema.ir;

import org.jspecify.annotations.Nullable;

/**
 * A rule for a RANGE-partitioned table: partitions of {@code interval} are created at run time
 * {@code premake} ahead and dropped after {@code retain} (none dropped when {@code null}); the
 * migration engine expects them rather than calling them drift.
 */
public record ManagedPartitions(PartitionInterval interval, int premake, @Nullable Integer retain) {

  public ManagedPartitions {
    java.util.Objects.requireNonNull(interval, "interval");
    if (premake < 0) {
      throw new IllegalArgumentException("premake must be 0 or more: " + premake);
    }
    if (retain != null && retain < 1) {
      throw new IllegalArgumentException("retain must be 1 or more: " + retain);
    }
  }
}
