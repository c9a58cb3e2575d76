package io.pgorm.migrate;

import io.pgorm.PgOrm;
import reactor.core.publisher.Mono;

/**
 * Applies migration files to a database, made for application boot: every instance can call {@link
 * #migrate()} at start-up; a session-level advisory lock makes them apply each migration exactly
 * once, one after the other.
 *
 * <pre>{@code
 * PgOrm db = PgOrm.connect(url);
 * Migrator.create(db, MigratorOptions.defaults()) // classpath:db/migrations
 *     .migrate()
 *     .block(); // at boot, before the application's pool warms up
 * }</pre>
 *
 * <p>Each call opens one dedicated connection ({@link PgOrm#openDedicatedConnection()}, outside the
 * pool) and keeps it for the whole run: point the client at PostgreSQL or at a session-mode pooler,
 * not a transaction-mode one, since the lock belongs to the session. After a run that changed the
 * schema it calls {@link PgOrm#evictPooledConnections()} so that pooled connections are replaced
 * and their codecs and prepared statements rebuilt.
 */
public interface Migrator {

  /** A migrator for {@code client}'s database. */
  static Migrator create(PgOrm client, MigratorOptions options) {
    return new DefaultMigrator(client, options);
  }

  /** A migrator with default options (migrations at {@code classpath:db/migrations}). */
  static Migrator create(PgOrm client) {
    return create(client, MigratorOptions.defaults());
  }

  /**
   * Applies the pending migrations, oldest first. Cold: each subscription reads the files (on
   * {@code Schedulers.boundedElastic()}), opens a dedicated connection, waits for the migration
   * lock, creates the history table if missing, reads the history (after the lock, so it sees what
   * another runner just applied), checks it against the files, and applies what is pending: each
   * migration in a transaction of its own with its history row, statement by statement, except
   * statements that cannot run in a transaction, which run alone and are recorded. Emits the report
   * once, after releasing the lock; an empty report when nothing was pending.
   *
   * <p>Errors: {@link MigrationFileException} (bad files; nothing ran), {@link
   * MigrationValidationException} (changed checksum, missing file, out-of-order file, schema hash
   * mismatch; nothing ran), {@link MigrationLockException} (lock not granted in time), {@link
   * MigrationFailedException} (a statement failed: that migration rolled back, earlier ones stay
   * applied, later ones did not run), or the client's {@link io.pgorm.error.PgOrmException}s for
   * the runner's own statements. Cancelling closes the connection: the server rolls back the
   * migration in progress and releases the lock.
   */
  Mono<MigrationReport> migrate();

  /**
   * Compares the files with the history: applied, pending, and problems (changed checksums, missing
   * files, out-of-order files, a part-way failed migration, and whether the database's schema is
   * the one the next migration was planned against). Cold: each subscription reads the files and
   * the history on a dedicated connection, without the lock and without creating anything. Emits
   * once. Fails with {@link MigrationFileException} for bad files, or the client's exceptions.
   */
  Mono<MigrationStatus> status();

  /**
   * Rolls back the last {@code n} applied migrations, newest first, by running their {@code
   * down.sql}, each in a transaction of its own with its history row (marked rolled back). Cold,
   * with the same lock, connection and checks as {@link #migrate()}. Before running anything it
   * refuses with {@link IrreversibleMigrationException} when one of the {@code n} has no {@code
   * down.sql} or marks it irreversible, with {@link MigrationValidationException} when the files
   * disagree with the history, and with {@link MigrationException} when fewer than {@code n} are
   * applied or the newest failed part-way. A {@code down.sql} whose statement fails raises {@link
   * MigrationFailedException}: that migration's transaction rolls back and it stays applied. An
   * {@code n} below 1 is an {@link IllegalArgumentException}, on subscription. Other errors as for
   * {@link #migrate()}.
   *
   * @param n how many to roll back, at least 1
   */
  Mono<MigrationReport> down(int n);
}
