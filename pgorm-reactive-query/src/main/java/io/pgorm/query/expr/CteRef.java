package io.pgorm.query.expr;

/**
 * A FROM item naming a CTE, including one being defined (the recursive part of {@code WITH
 * RECURSIVE} refers to itself this way).
 *
 * @param name the CTE's name
 */
public record CteRef(String name) implements FromItem {

  /** Checks the name. */
  public CteRef {
    Identifiers.check("CTE name", name);
  }

  /** Its column {@code column}, read as {@code type}. */
  public <T> Expr<T> col(String column, Class<T> type) {
    return new ColumnRef<>(name, column, type, null);
  }
}
