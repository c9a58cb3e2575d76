package io.pgorm.schema.ir;

/** Where NULLs sort in an index element. */
public enum NullsOrder {
  /** The default for the sort order (LAST for ASC, FIRST for DESC). */
  DEFAULT,
  /** NULLS FIRST. */
  FIRST,
  /** NULLS LAST. */
  LAST
}
