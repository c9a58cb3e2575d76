package io.pgorm.migrate.internal.run;

import io.pgorm.migrate.MigrationLockException;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.concurrent.ThreadLocalRandom;
import reactor.core.publisher.Mono;

/**
 * The migration lock: a session-level advisory lock, held until released or the connection closes.
 * It is waited for, never tried once and skipped: a runner without the lock has nothing safe to do.
 * The wait polls {@code pg_try_advisory_lock} with back-off rather than blocking in {@code
 * pg_advisory_lock}, because a session blocked in a statement holds a snapshot, and {@code CREATE
 * INDEX CONCURRENTLY} in the lock holder's migration waits for every older snapshot to go: the two
 * would deadlock (found by the eight-runner test). Between polls a waiting session is idle and
 * holds nothing.
 */
final class MigrationLock {

  private static final Duration FIRST_POLL = Duration.ofMillis(25);
  private static final Duration MAX_POLL = Duration.ofMillis(500);

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

  /** Waits for the lock; emits how long that took by the runner's clock. */
  Mono<Duration> acquire(Session s) {
    return Mono.defer(
        () -> {
          Instant start = clock.instant();
          long t0 = System.nanoTime();
          Mono<Boolean> granted =
              Mono.defer(
                      () ->
                          s.query(
                                  "SELECT pg_try_advisory_lock($1)",
                                  r -> r.get(0, Boolean.class),
                                  key)
                              .single())
                  .filter(Boolean::booleanValue);
          return s.query("SELECT current_setting('lock_timeout')", r -> r.get(0, String.class))
              .single()
              .doOnNext(s::lockTimeout)
              .then(
                  granted.repeatWhenEmpty(
                      Integer.MAX_VALUE,
                      attempts -> attempts.concatMap(i -> pause(i, elapsed(t0)))))
              .onErrorResume(TimedOut.class, e -> timedOut(s, elapsed(t0)))
              .then(Mono.fromSupplier(() -> Duration.between(start, clock.instant())));
        });
  }

  /** Releases the lock; closing the connection would too. */
  Mono<Void> release(Session s) {
    return s.update("SELECT pg_advisory_unlock($1)", key);
  }

  private Mono<Long> pause(long attempt, Duration waited) {
    if (!waitLimit.isZero() && waited.compareTo(waitLimit) >= 0) {
      return Mono.error(new TimedOut());
    }
    long base = Math.min(MAX_POLL.toMillis(), FIRST_POLL.toMillis() << Math.min(attempt, 10));
    long jittered = (long) (base * ThreadLocalRandom.current().nextDouble(0.75, 1.25));
    if (!waitLimit.isZero()) {
      jittered = Math.max(1, Math.min(jittered, waitLimit.minus(waited).toMillis()));
    }
    return Mono.delay(Duration.ofMillis(jittered));
  }

  private static Duration elapsed(long t0) {
    return Duration.ofNanos(System.nanoTime() - t0);
  }

  private <T> Mono<T> timedOut(Session s, Duration waited) {
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
                        null)));
  }

  private static String describe(Readable r) {
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

  /** The wait limit passed: turned into {@link MigrationLockException} with the holder. */
  private static final class TimedOut extends RuntimeException {

    private static final long serialVersionUID = 1L;

    TimedOut() {
      super("migration lock wait limit reached", null, false, false);
    }
  }
}
