package io.pgorm.schema.ir;

/** A function's volatility. */
public enum Volatility {
  /** VOLATILE (the default). */
  VOLATILE,
  /** STABLE. */
  STABLE,
  /** IMMUTABLE. */
  IMMUTABLE
}
