package io.pgorm.migrate.internal.diff;

/** What happens to one column of a table that is altered. */
public enum ColumnAction {
  ADD,
  DROP,
  /** Changed in place: type, default, NOT NULL, identity, generation dropped, comment. */
  ALTER,
  /** Dropped and added again (a generated column's expression, a plain column made generated). */
  REPLACE
}
