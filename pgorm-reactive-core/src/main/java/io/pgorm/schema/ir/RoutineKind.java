package io.pgorm.schema.ir;

/** FUNCTION or PROCEDURE. */
public enum RoutineKind {
  /** CREATE FUNCTION. */
  FUNCTION,
  /** CREATE PROCEDURE. */
  PROCEDURE
}
