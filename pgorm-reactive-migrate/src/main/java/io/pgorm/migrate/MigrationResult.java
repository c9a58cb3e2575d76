package io.pgorm.migrate;

import java.time.Duration;

/**
 * One migration that ran to its end in a call of {@link Migrator#migrate()} or {@link
 * Migrator#down(int)}.
 *
 * @param version its time stamp
 * @param name its name
 * @param direction up or down
 * @param statements how many statements ran in this call
 * @param noTransactionStatements how many of those ran on their own, outside a transaction
 * @param skippedStatements how many statements had committed in an earlier, failed run and were not
 *     run again (0 unless the migration resumed)
 * @param duration how long it took, by the migrator's clock
 */
public record MigrationResult(
    String version,
    String name,
    MigrationDirection direction,
    int statements,
    int noTransactionStatements,
    int skippedStatements,
    Duration duration) {

  /** {@code <version>_<name>}. */
  public String id() {
    return version + "_" + name;
  }
}
