package io.pgorm.schema.ir;

/** How a multi-column foreign key treats NULLs. */
public enum ForeignKeyMatch {
  /** MATCH SIMPLE (the default). */
  SIMPLE,
  /** MATCH FULL. */
  FULL,
  /** MATCH PARTIAL (not implemented by PostgreSQL; rejected by validation). */
  PARTIAL
}
