package io.pgorm.schema.ir;

/** What fires a trigger. */
public enum TriggerEvent {
  /** INSERT. */
  INSERT,
  /** UPDATE (optionally OF columns). */
  UPDATE,
  /** DELETE. */
  DELETE,
  /** TRUNCATE (statement-level only). */
  TRUNCATE
}
