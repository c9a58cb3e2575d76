package io.pgorm.schema.ir;

/** The command a row-level security policy applies to. */
public enum PolicyCommand {
  /** FOR ALL (the default). */
  ALL,
  /** FOR SELECT. */
  SELECT,
  /** FOR INSERT. */
  INSERT,
  /** FOR UPDATE. */
  UPDATE,
  /** FOR DELETE. */
  DELETE
}
