package io.pgorm.migrate;

import java.time.Duration;
import java.util.List;

/**
 * What a call of {@link Migrator#migrate()} or {@link Migrator#down(int)} did.
 *
 * @param direction up for {@code migrate}, down for {@code down}
 * @param migrations the migrations that ran, in the order they ran (empty when there was nothing to
 *     do)
 * @param lockWait how long the runner waited for the migration lock
 * @param duration how long the whole call took, lock wait included
 */
public record MigrationReport(
    MigrationDirection direction,
    List<MigrationResult> migrations,
    Duration lockWait,
    Duration duration) {

  public MigrationReport {
    migrations = List.copyOf(migrations);
  }

  /** Whether any migration ran, that is whether the schema may have changed. */
  public boolean changedSchema() {
    return !migrations.isEmpty();
  }

  /** One line per migration, e.g. {@code up 20250101120000_init: 3 statements in 41 ms}. */
  @Override
  public String toString() {
    if (migrations.isEmpty()) {
      return "No migrations to run (waited " + lockWait.toMillis() + " ms for the lock).";
    }
    StringBuilder b = new StringBuilder();
    for (MigrationResult r : migrations) {
      b.append(r.direction().name().toLowerCase(java.util.Locale.ROOT))
          .append(' ')
          .append(r.id())
          .append(": ")
          .append(r.statements())
          .append(r.statements() == 1 ? " statement" : " statements");
      if (r.noTransactionStatements() > 0) {
        b.append(" (").append(r.noTransactionStatements()).append(" outside a transaction)");
      }
      b.append(" in ").append(r.duration().toMillis()).append(" ms\n");
    }
    return b.append("Total ").append(duration.toMillis()).append(" ms.").toString();
  }
}
