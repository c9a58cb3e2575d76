package io.pgorm.migrate;

import io.pgorm.PgOrm;
import io.pgorm.migrate.history.HistoryEntry;
import reactor.core.publisher.Mono;

/**
 * Corrects the history after a manual fix, without running any migration: marks a migration applied
 * (its effect was made by hand, or it failed part-way and was finished by hand) or rolled back (its
 * effect was undone by hand). The counterpart of Prisma's {@code migrate resolve}; {@code pgorm
 * migrate resolve --applied|--rolled-back VERSION} on the command line.
 *
 * <pre>{@code
 * MigrationResolver.create(db, MigratorOptions.builder().location(dir).build())
 *     .markApplied("20250101120000")
 *     .block();
 * }</pre>
 *
 * <p>Both take the migration lock on a dedicated connection (as {@link Migrator} does), read the
 * files and the history afresh under it, change one history row, and release the lock. A version is
 * given as in the directory name, {@code 20250101120000} or {@code 20250101120000_name}.
 */
public interface MigrationResolver {

  /** A resolver for {@code client}'s database and the migrations of {@code options}. */
  static MigrationResolver create(PgOrm client, MigratorOptions options) {
    return new DefaultMigrationResolver(client, options);
  }

  /**
   * Records the migration of {@code version} as applied, with the checksum of its {@code up.sql} as
   * it is now, without running it. Cold: each subscription reads the files, takes the lock, creates
   * the history table if missing and writes the row; emits the row.
   *
   * <p>Refuses, changing nothing, with {@link MigrationNotFoundException} when no file and no
   * history row has that version, and with {@link MigrationException} when: its directory is
   * missing (no checksum to record); it is already applied; it failed part-way with an {@code
   * up.sql} whose checksum is not the file's now (the history would claim that a file ran which did
   * not); or older migrations are pending (they would be out of order). Other errors as for {@link
   * Migrator#migrate()}.
   */
  Mono<HistoryEntry> markApplied(String version);

  /**
   * Records the migration of {@code version} as rolled back, without running its {@code down.sql}:
   * it counts as pending again, and the next {@code migrate} runs it (after a fix of the file, if
   * it failed). Cold: each subscription reads the files, takes the lock and updates the row; emits
   * the row.
   *
   * <p>Refuses, changing nothing, with {@link MigrationNotFoundException} when no file and no
   * history row has that version, and with {@link MigrationException} when: it is not in the
   * history (pending); it is already rolled back; it is applied but not the newest applied one (it
   * would be pending out of order); or it is applied and its {@code up.sql} changed since (a
   * failed-part-way one may have changed: fixing the file is why one rolls it back). Other errors
   * as for {@link Migrator#migrate()}.
   */
  Mono<HistoryEntry> markRolledBack(String version);
}
