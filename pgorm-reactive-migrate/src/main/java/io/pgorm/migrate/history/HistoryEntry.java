package io.pgorm.migrate.history;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One row of the history table: a migration that was applied, rolled back, or began and failed.
 *
 * @param version the migration's time stamp, {@code yyyyMMddHHmmss}
 * @param name the migration's name
 * @param checksum {@link Checksums#of(String)} of its {@code up.sql} when it was applied
 * @param state applied, failed (part-way) or rolled back
 * @param statements how many statements its {@code up.sql} has
 * @param statementsApplied how many of them have committed (all of them when applied)
 * @param noTransactionStatements how many of those ran outside a transaction
 * @param duration how long the last run of it took
 * @param appliedBy the database role that ran it ({@code current_user})
 * @param client the application name, client address, JVM process id and host name of the runner
 * @param appliedAt when it was applied (or began, if it failed), by the runner's clock
 * @param schemaHash the schema hash its {@code up.sql} was planned against, if it named one
 * @param error what failed, for a failed migration
 * @param rolledBackAt when {@code down.sql} ran, for a rolled-back migration
 */
public record HistoryEntry(
    String version,
    String name,
    String checksum,
    MigrationState state,
    int statements,
    int statementsApplied,
    int noTransactionStatements,
    Duration duration,
    String appliedBy,
    String client,
    Instant appliedAt,
    @Nullable String schemaHash,
    @Nullable String error,
    @Nullable Instant rolledBackAt) {

  /** {@code <version>_<name>}, the migration's directory name. */
  public String id() {
    return version + "_" + name;
  }
}
