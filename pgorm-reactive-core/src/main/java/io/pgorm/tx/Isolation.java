package io.pgorm.tx;

/** PostgreSQL's isolation levels (READ UNCOMMITTED behaves as READ COMMITTED there). */
public enum Isolation {
  READ_COMMITTED("READ COMMITTED"),
  REPEATABLE_READ("REPEATABLE READ"),
  SERIALIZABLE("SERIALIZABLE");

  private final String sql;

  Isolation(String sql) {
    this.sql = sql;
  }

  /** As written in {@code BEGIN ISOLATION LEVEL ...}. */
  public String sql() {
    return sql;
  }
}
