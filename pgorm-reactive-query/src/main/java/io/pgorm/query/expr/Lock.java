package io.pgorm.query.expr;

import io.pgorm.query.meta.TableName;
import java.util.List;
import java.util.Objects;

/**
 * A locking clause: {@code FOR UPDATE [OF t] [NOWAIT | SKIP LOCKED]}.
 *
 * @param strength the lock strength
 * @param of the tables to lock; empty for all
 * @param waitPolicy what to do about rows locked by others
 */
public record Lock(Strength strength, List<TableName> of, Wait waitPolicy) {

  /** Lock strengths, strongest first. */
  public enum Strength {
    UPDATE("FOR UPDATE"),
    NO_KEY_UPDATE("FOR NO KEY UPDATE"),
    SHARE("FOR SHARE"),
    KEY_SHARE("FOR KEY SHARE");

    private final String sql;

    Strength(String sql) {
      this.sql = sql;
    }

    /** The keywords. */
    public String sql() {
      return sql;
    }
  }

  /** Waiting for locked rows. */
  public enum Wait {
    /** Wait (the default). */
    WAIT(""),
    /** Fail at once with SQLSTATE 55P03. */
    NOWAIT(" NOWAIT"),
    /** Leave locked rows out of the result. */
    SKIP_LOCKED(" SKIP LOCKED");

    private final String sql;

    Wait(String sql) {
      this.sql = sql;
    }

    /** The keywords, with a leading space. */
    public String sql() {
      return sql;
    }
  }

  /** Checks for null and copies the list. */
  public Lock {
    Objects.requireNonNull(strength, "strength");
    Objects.requireNonNull(waitPolicy, "waitPolicy");
    of = List.copyOf(of);
  }
}
