package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A subquery in FROM: {@code [LATERAL] (SELECT ...) AS "alias"}.
 *
 * @param query the subquery
 * @param alias its name
 * @param lateral whether it may refer to FROM items before it
 */
public record DerivedTable(QueryNode query, String alias, boolean lateral) implements FromItem {

  /** Checks the alias. */
  public DerivedTable {
    Objects.requireNonNull(query, "query");
    Identifiers.check("subquery alias", alias);
  }

  /** The same, LATERAL. */
  public DerivedTable asLateral() {
    return new DerivedTable(query, alias, true);
  }

  /**
   * The output column of the subquery that {@code item} produced: by its alias, or a column's name.
   */
  public <T> Expr<T> col(Expr<T> item) {
    return new ColumnRef<>(alias, OutputNames.of(item), item.javaType(), item.sqlType());
  }

  /** The output column {@code name}, read as {@code type}. */
  public <T> Expr<T> col(String name, Class<T> type) {
    return col(name, type, null);
  }

  /** The output column {@code name}, read as {@code type}, of SQL type {@code sqlType}. */
  public <T> Expr<T> col(String name, Type type, @Nullable String sqlType) {
    return new ColumnRef<>(alias, name, type, sqlType);
  }
}
