package io.pgorm.listen;

/**
 * How a {@link ChangeFeed} learns that there is something new in the change log. Whatever the mode,
 * the log is the source of truth and the fallback poll runs: a lost wake-up delays changes, it
 * never loses them.
 */
public enum WakeUpMode {
  /**
   * The capture trigger calls {@code pg_notify} in the writer's transaction (PostgreSQL folds the
   * duplicates of one transaction into one notification). Nothing to do on the writer's side. The
   * default.
   */
  TRIGGER,

  /**
   * The writer's code sends one wake-up after its commit ({@link ChangeFeed#wake}), and its
   * sessions set {@code pgorm.notify = off} so that the trigger does not notify (see {@link
   * ChangeFeed#NOTIFY_SETTING}). Saves the per-row notify cost in the writer's transaction; writes
   * made without the call are read at the next poll. The feed listens exactly as for {@link
   * #TRIGGER}.
   */
  CLIENT,

  /**
   * No LISTEN at all: the feed reads every {@code pollInterval}. No listener connection is used.
   */
  POLL
}
