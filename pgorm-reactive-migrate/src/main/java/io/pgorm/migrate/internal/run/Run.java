package io.pgorm.migrate.internal.run;

import io.pgorm.PgOrm;
import io.pgorm.migrate.MigrationDirection;
import io.pgorm.migrate.MigrationReport;
import io.pgorm.migrate.MigrationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One call of migrate or down: what ran so far, and whether the schema changed. */
final class Run {

  private final MigrationDirection direction;
  private final Clock clock;
  private final Instant started;
  private final List<MigrationResult> results = new ArrayList<>();
  private volatile Duration lockWait = Duration.ZERO;
  private volatile boolean changed;

  Run(MigrationDirection direction, Clock clock) {
    this.direction = direction;
    this.clock = clock;
    this.started = clock.instant();
  }

  void lockWait(Duration waited) {
    this.lockWait = waited;
  }

  void changed() {
    this.changed = true;
  }

  synchronized void add(MigrationResult result) {
    results.add(result);
  }

  synchronized MigrationReport report() {
    return new MigrationReport(
        direction, results, lockWait, Duration.between(started, clock.instant()));
  }

  /** After DDL, pooled connections have stale codecs and prepared statements: replace them. */
  void evictIfChanged(PgOrm db) {
    if (changed) {
      db.evictPooledConnections();
    }
  }
}
