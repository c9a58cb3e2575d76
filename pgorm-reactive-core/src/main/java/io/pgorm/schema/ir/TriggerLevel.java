package io.pgorm.schema.ir;

/** FOR EACH ROW or FOR EACH STATEMENT. */
public enum TriggerLevel {
  /** FOR EACH ROW. */
  ROW,
  /** FOR EACH STATEMENT (the default). */
  STATEMENT
}
