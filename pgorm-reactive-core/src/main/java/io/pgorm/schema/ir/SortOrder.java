package io.pgorm.schema.ir;

/** Index element order. */
public enum SortOrder {
  /** Ascending (the default). */
  ASC,
  /** Descending. */
  DESC
}
