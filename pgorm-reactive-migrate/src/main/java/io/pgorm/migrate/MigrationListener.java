package io.pgorm.migrate;

import io.pgorm.migrate.files.Migration;
import java.time.Duration;

/**
 * Hears what the runner does, for logs and metrics. Every method does nothing by default. The
 * methods are called on the thread that runs the migration (a driver thread): they must return
 * quickly and must not block. An exception a method throws fails the run at that point, after what
 * had committed.
 */
public interface MigrationListener {

  /** A listener that does nothing. */
  MigrationListener NONE = new MigrationListener() {};

  /** The migration lock was taken after {@code waited}; the history is read next. */
  default void lockAcquired(long lockKey, Duration waited) {}

  /** {@code migration}'s {@code up.sql} ({@code UP}) or {@code down.sql} is about to run. */
  default void migrationStarting(Migration migration, MigrationDirection direction) {}

  /** A migration ran to its end and its history row is committed. */
  default void migrationFinished(MigrationResult result) {}

  /** A statement of a migration failed; the same exception then fails the run. */
  default void migrationFailed(MigrationFailedException error) {}
}
