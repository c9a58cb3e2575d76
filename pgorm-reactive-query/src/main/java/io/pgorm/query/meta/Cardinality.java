package io.pgorm.query.meta;

/** How many rows of a relation's target one source row relates to, and where the key lives. */
public enum Cardinality {
  /** At most one target row, and it at most one source row. */
  ONE_TO_ONE,
  /** Any number of target rows; the foreign key is on the target. */
  ONE_TO_MANY,
  /** At most one target row; the foreign key is on the source. */
  MANY_TO_ONE,
  /** Any number of target rows, through a join table. */
  MANY_TO_MANY
}
