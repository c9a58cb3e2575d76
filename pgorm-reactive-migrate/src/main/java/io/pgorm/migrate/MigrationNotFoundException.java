package io.pgorm.migrate;

/**
 * A migration named by version is neither among the files nor in the history (e.g. a typo in {@code
 * pgorm migrate resolve --applied VERSION}). Nothing was changed.
 */
public final class MigrationNotFoundException extends MigrationException {

  private static final long serialVersionUID = 1L;

  private final String version;

  /**
   * @param message the whole message, naming the version and what is known
   * @param version the version asked for, as given
   */
  public MigrationNotFoundException(String message, String version) {
    super(message, null, null);
    this.version = version;
  }

  /** The version asked for, as given. */
  public String version() {
    return version;
  }
}
