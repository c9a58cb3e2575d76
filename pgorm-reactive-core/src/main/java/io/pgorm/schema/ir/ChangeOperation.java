package io.pgorm.schema.ir;

/** A row change that a change stream carries. */
public enum ChangeOperation {
  /** Rows inserted. */
  INSERT,
  /** Rows updated. */
  UPDATE,
  /** Rows deleted. */
  DELETE
}
