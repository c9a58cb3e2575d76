package io.pgorm.schema.ir;

/** The span of one managed partition. */
public enum PartitionInterval {
  /** One day. */
  DAY,
  /** One ISO week (Monday to Monday). */
  WEEK,
  /** One calendar month. */
  MONTH,
  /** One calendar year. */
  YEAR
}
