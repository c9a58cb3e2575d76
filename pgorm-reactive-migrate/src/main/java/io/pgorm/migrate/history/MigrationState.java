package io.pgorm.migrate.history;

/** Where a migration stands, as the history table's {@code state} column says. */
public enum MigrationState {
  /** Every statement of {@code up.sql} ran and committed. */
  APPLIED("applied"),
  /**
   * It began but did not finish, after some of its statements had committed: statements that cannot
   * run in a transaction, or a commit after {@code ALTER TYPE ... ADD VALUE}. {@link
   * HistoryEntry#statementsApplied()} says how far it got; the next {@code migrate} goes on from
   * there. (A migration that fails inside its one transaction leaves no row.)
   */
  FAILED("failed"),
  /** {@code down.sql} ran (or it was marked rolled back by hand); it counts as pending again. */
  ROLLED_BACK("rolled_back"),
  /**
   * Recorded without running: the database already had this schema when it adopted migrations
   * ({@code pgorm migrate baseline}). It counts as applied here; on a fresh database the same
   * migration runs for real.
   */
  BASELINE("baseline");

  private final String code;

  MigrationState(String code) {
    this.code = code;
  }

  /** Whether the migration's schema is in the database: applied or baseline. */
  public boolean isApplied() {
    return this == APPLIED || this == BASELINE;
  }

  /** The value in the {@code state} column. */
  public String code() {
    return code;
  }

  /** The state for a {@code state} column value. */
  public static MigrationState fromCode(String code) {
    for (MigrationState s : values()) {
      if (s.code.equals(code)) {
        return s;
      }
    }
    throw new IllegalArgumentException("Unknown migration state in the history table: " + code);
  }
}
