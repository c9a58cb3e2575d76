package io.pgorm.schema.ir;

/** When a trigger fires. */
public enum TriggerTiming {
  /** BEFORE. */
  BEFORE,
  /** AFTER. */
  AFTER,
  /** INSTEAD OF (views only). */
  INSTEAD_OF
}
