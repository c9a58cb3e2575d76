package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;

/**
 * A set-returning function in FROM: {@code [LATERAL] unnest($1) [WITH ORDINALITY] AS "a"("x")}.
 *
 * @param call the function call
 * @param alias its name
 * @param columns names for its output columns; empty to keep the function's own
 * @param ordinality whether a row number column is added
 * @param lateral whether it may refer to FROM items before it
 */
public record FunctionTable(
    Call<?> call, String alias, List<String> columns, boolean ordinality, boolean lateral)
    implements FromItem {

  /** Checks the names. */
  public FunctionTable {
    Objects.requireNonNull(call, "call");
    Identifiers.check("function alias", alias);
    columns = List.copyOf(columns);
    columns.forEach(c -> Identifiers.check("column alias", c));
  }

  /** The same, LATERAL. */
  public FunctionTable asLateral() {
    return new FunctionTable(call, alias, columns, ordinality, true);
  }

  /** The same, WITH ORDINALITY. */
  public FunctionTable withOrdinality() {
    return new FunctionTable(call, alias, columns, true, lateral);
  }

  /** Its output column {@code name}, read as {@code type}. */
  public <T> Expr<T> col(String name, Class<T> type) {
    return new ColumnRef<>(alias, name, type, null);
  }
}
