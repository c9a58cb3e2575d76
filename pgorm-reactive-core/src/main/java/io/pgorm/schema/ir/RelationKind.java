package io.pgorm.schema.ir;

/** The cardinality of a relation between models, seen from the declaring model. */
public enum RelationKind {
  /** This row has at most one related row, and it at most one of these. */
  ONE_TO_ONE,
  /** This row has many related rows (the foreign key is on the other side). */
  ONE_TO_MANY,
  /** This row points at one related row (the foreign key is on this side). */
  MANY_TO_ONE,
  /** Many to many, through a join model. */
  MANY_TO_MANY
}
