package io.pgorm.schema.ir;

/** A routine argument's mode. */
public enum ArgMode {
  /** IN (the default). */
  IN,
  /** OUT. */
  OUT,
  /** INOUT. */
  INOUT,
  /** VARIADIC. */
  VARIADIC
}
