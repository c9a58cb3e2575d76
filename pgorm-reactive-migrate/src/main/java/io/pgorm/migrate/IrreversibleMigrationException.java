package io.pgorm.migrate;

/**
 * {@link Migrator#down(int)} was asked to roll back a migration that cannot be: it has no {@code
 * down.sql}, or its {@code down.sql} says {@code -- pgorm:irreversible <reason>}. Nothing ran: the
 * runner checks every migration it would roll back before running any.
 */
public final class IrreversibleMigrationException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final String version;
  private final String migrationName;

  /** {@code version}_{@code name} cannot be rolled back; the message says why. */
  public IrreversibleMigrationException(String message, String version, String name) {
    super(message, null, null);
    this.version = version;
    this.migrationName = name;
  }

  /** The irreversible migration's time stamp. */
  public String version() {
    return version;
  }

  /** The irreversible migration's name. */
  public String migrationName() {
    return migrationName;
  }
}
