package io.pgorm.migrate;

/**
 * Something in which the migration files and the history disagree, or the database is not what a
 * migration expects.
 *
 * @param kind what is wrong
 * @param version the migration's time stamp
 * @param name the migration's name
 * @param message a sentence naming the migration, what is wrong and what to do
 */
public record MigrationProblem(Kind kind, String version, String name, String message) {

  /** {@code <version>_<name>}. */
  public String id() {
    return version + "_" + name;
  }

  /** What is wrong. */
  public enum Kind {
    /** An applied (or failed) migration's {@code up.sql} is not the file that was applied. */
    CHECKSUM_CHANGED(true),
    /** An applied migration has no directory, and a later migration has one. */
    MISSING_FILE(true),
    /** A pending migration is older than the newest applied one. */
    OUT_OF_ORDER(true),
    /** The database's schema is not the one the next migration was planned against. */
    SCHEMA_CHANGED(true),
    /** A migration failed part-way in an earlier run; {@code migrate} goes on where it stopped. */
    INCOMPLETE(false),
    /**
     * An applied migration newer than every file here: a newer release of the application applied
     * it (a rolling deploy). Not an error.
     */
    UNKNOWN_NEWER(false);

    private final boolean blocking;

    Kind(boolean blocking) {
      this.blocking = blocking;
    }

    /** Whether {@code migrate} and {@code down} refuse to run while this problem stands. */
    public boolean isBlocking() {
      return blocking;
    }
  }
}
