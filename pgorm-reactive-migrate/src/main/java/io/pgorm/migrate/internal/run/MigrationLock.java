package io.pgorm.migrate.internal.run;

import io.pgorm.error.LockNotAvailableException;
import io.pgorm.migrate.MigrationLockException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import reactor.core.publisher.Mono;

/**
 * The migration lock: {@code pg_advisory_lock(key)}, held by the session until released or the
 * connection closes. Waited for with the session's {@code lock_timeout} set to the wait limit,
 * never tried and skipped: a runner that got no lock has nothing safe to do.
 */
final class MigrationLock {

  private static final String HOLDER =
      "SELECT a.pid, coalesce(a.application_name, ''), coalesce(host(a.client_addr), 'a local"
          + " socket'), a.backend_start, coalesce(a.state, '')"
          + " FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
          + " WHERE l.locktype = 'advisory' AND l.granted AND l.database = (SELECT oid FROM"
          + " pg_database WHERE datname = current_database())"
          + " AND l.classid::bigint = $1 AND l.objid::bigint = $2 AND l.objsubid = 1";

  private final long key;
  private final Duration waitLimit;
  private final Clock clock;

  MigrationLock(long key, Duration waitLimit, Clock clock) {
    this.key = key;
    this.waitLimit = waitLimit;
    this.clock = clock;
  }

  /** Waits for the lock; emits how long that took. */
  Mono<Duration> acquire(Session s) {
    return Mono.defer(
        () -> {
          Instant start = clock.instant();
          return s.query("SELECT current_setting('lock_timeout')", r -> r.get(0, String.class))
              .single()
              .flatMap(
                  previous -> {
                    s.lockTimeout(previous);
                    return s.run("SET lock_timeout = " + waitLimit.toMillis())
                        .then(s.update("SELECT pg_advisory_lock($1)", key))
                        .onErrorResume(LockNotAvailableException.class, e -> timedOut(s, start, e))
                        .then(s.update("SELECT set_config('lock_timeout', $1, false)", previous));
                  })
              .then(Mono.fromSupplier(() -> Duration.between(start, clock.instant())));
        });
  }

  /** Releases the lock; closing the connection would too. */
  Mono<Void> release(Session s) {
    return s.update("SELECT pg_advisory_unlock($1)", key);
  }

  private Mono<Void> timedOut(Session s, Instant start, LockNotAvailableException e) {
    Duration waited = Duration.between(start, clock.instant());
    return s.query(HOLDER, MigrationLock::describe, key >>> 32, key & 0xffffffffL)
        .next()
        .defaultIfEmpty("a session that has released it since")
        .flatMap(
            holder ->
                Mono.error(
                    new MigrationLockException(
                        "Timed out after "
                            + waited.toMillis()
                            + " ms waiting for the migration lock (advisory lock "
                            + key
                            + "), held by "
                            + holder
                            + ". Hint: another runner is migrating or stuck: wait for it, end"
                            + " its session with pg_terminate_backend(pid), or raise"
                            + " lockWaitTimeout.",
                        key,
                        waited,
                        e)));
  }

  private static String describe(io.r2dbc.spi.Readable r) {
    OffsetDateTime since = r.get(3, OffsetDateTime.class);
    return "pid "
        + r.get(0, Integer.class)
        + " (application '"
        + r.get(1, String.class)
        + "', client "
        + r.get(2, String.class)
        + ", connected since "
        + since
        + ", "
        + r.get(4, String.class)
        + ")";
  }
}
