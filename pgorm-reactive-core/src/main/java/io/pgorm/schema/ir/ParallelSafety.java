package io.pgorm.schema.ir;

/** A function's PARALLEL label. */
public enum ParallelSafety {
  /** PARALLEL UNSAFE (the default). */
  UNSAFE,
  /** PARALLEL RESTRICTED. */
  RESTRICTED,
  /** PARALLEL SAFE. */
  SAFE
}
