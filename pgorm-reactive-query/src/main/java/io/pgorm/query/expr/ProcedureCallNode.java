package io.pgorm.query.expr;

import java.util.List;
import java.util.Objects;

/**
 * {@code CALL procedure(args)}.
 *
 * @param procedure the procedure
 * @param args its arguments
 */
public record ProcedureCallNode(FunctionName procedure, List<Expr<?>> args)
    implements StatementNode {

  /** Checks for null and copies the list. */
  public ProcedureCallNode {
    Objects.requireNonNull(procedure, "procedure");
    args = List.copyOf(args);
  }

  @Override
  public List<Cte> with() {
    return List.of();
  }
}
