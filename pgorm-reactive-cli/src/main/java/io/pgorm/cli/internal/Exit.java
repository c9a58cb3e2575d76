package io.pgorm.cli.internal;

/** The exit codes of {@code pgorm}; {@code Pgorm}'s help lists them. */
public final class Exit {

  /** Done. */
  public static final int OK = 0;

  /** The input is wrong: command line, schema file, migration files, URL, unreadable file. */
  public static final int INPUT = 1;

  /**
   * Refused or found: data loss not accepted, drift, migration files that disagree with the
   * history, an irreversible migration asked to go down.
   */
  public static final int REFUSED = 2;

  /** The database failed: cannot connect, a statement failed (rolled back), lock not granted. */
  public static final int DATABASE = 3;

  /** A bug in pgorm. */
  public static final int BUG = 4;

  private Exit() {}
}
