package io.pgorm.migrate;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The migration lock (a session-level advisory lock) was not granted within {@link
 * MigratorOptions#lockWaitTimeout()}: another runner holds it, still migrating or stuck. The
 * message names the session holding it (process id, application, client address, since when).
 */
public final class MigrationLockException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final long lockKey;
  private final Duration waited;

  /** The lock {@code lockKey} was not granted after {@code waited}. */
  public MigrationLockException(
      String message, long lockKey, Duration waited, @Nullable Throwable cause) {
    super(message, "55P03", cause);
    this.lockKey = lockKey;
    this.waited = waited;
  }

  /** The advisory lock's key. */
  public long lockKey() {
    return lockKey;
  }

  /** How long the runner waited. */
  public Duration waited() {
    return waited;
  }
}
