package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A common table expression: {@code "name"("c1", ...) AS [NOT] MATERIALIZED (statement)}. The
 * statement may be a query or, for data-modifying CTEs, an INSERT/UPDATE/DELETE with RETURNING. A
 * CTE is also a FROM item naming its result.
 *
 * @param name its name
 * @param columns names for its columns; empty to keep the statement's
 * @param body the statement
 * @param materialized {@code true}/{@code false} for [NOT] MATERIALIZED; {@code null} to let the
 *     planner choose
 */
public record Cte(
    String name, List<String> columns, StatementNode body, @Nullable Boolean materialized)
    implements FromItem {

  /** Checks the names. */
  public Cte {
    Identifiers.check("CTE name", name);
    columns = List.copyOf(columns);
    columns.forEach(c -> Identifiers.check("CTE column", c));
    Objects.requireNonNull(body, "body");
  }

  /** The same, MATERIALIZED ({@code true}) or NOT MATERIALIZED ({@code false}). */
  public Cte materialized(boolean value) {
    return new Cte(name, columns, body, value);
  }

  /** Its column {@code name}, read as {@code type}. */
  public <T> Expr<T> col(String column, Class<T> type) {
    return new ColumnRef<>(name, column, type, null);
  }

  /** Its column {@code column}, read as {@code type} of SQL type {@code sqlType}. */
  public <T> Expr<T> col(String column, Type type, @Nullable String sqlType) {
    return new ColumnRef<>(name, column, type, sqlType);
  }

  /** The column that {@code item} of its query produced: by alias, or column name. */
  public <T> Expr<T> col(Expr<T> item) {
    return new ColumnRef<>(name, OutputNames.of(item), item.javaType(), item.sqlType());
  }

  /** Referred to by name only (not by its body): two CTEs of one name are the same FROM item. */
  public CteRef ref() {
    return new CteRef(name);
  }
}
