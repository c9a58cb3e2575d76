package io.pgorm.migrate.internal.plan;

/** The vertices of one object: what goes first, what comes after. */
enum Phase {
  /** Creating, or altering in place. Runs as early as its dependencies allow. */
  CREATE,
  /** Dropping, or taking away (a column, a default) before what it depended on changes. */
  DROP,
  /** The old form of a recreated type, dropped once nothing uses it. */
  FINAL
}
