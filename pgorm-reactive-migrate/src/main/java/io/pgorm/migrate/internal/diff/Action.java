package io.pgorm.migrate.internal.diff;

/** What happens to one keyed object. */
public enum Action {
  /** Only in the target. */
  CREATE,
  /** Only in the source. */
  DROP,
  /** Changed in place (ALTER, CREATE OR REPLACE, COMMENT, GRANT/REVOKE). */
  ALTER,
  /** Dropped and created again. */
  REPLACE,
  /**
   * A type made anew while its users stay: the old one is renamed aside, the new one created, the
   * columns cast to it, and the old one dropped last.
   */
  RECREATE
}
