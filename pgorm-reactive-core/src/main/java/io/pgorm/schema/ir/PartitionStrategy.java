package io.pgorm.schema.ir;

/** How a partitioned table splits its rows. */
public enum PartitionStrategy {
  /** PARTITION BY RANGE. */
  RANGE,
  /** PARTITION BY LIST. */
  LIST,
  /** PARTITION BY HASH. */
  HASH
}
