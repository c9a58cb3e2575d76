package io.pgorm.schema.ir;

/** When a constraint or constraint trigger is checked. */
public enum Deferrability {
  /** Checked after each statement (the default). */
  NOT_DEFERRABLE,
  /** DEFERRABLE INITIALLY IMMEDIATE. */
  INITIALLY_IMMEDIATE,
  /** DEFERRABLE INITIALLY DEFERRED: checked at COMMIT. */
  INITIALLY_DEFERRED
}
