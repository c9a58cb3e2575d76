package io.pgorm.query;

import io.pgorm.query.expr.StatementNode;
import io.pgorm.query.render.RenderedSql;
import io.pgorm.query.render.Renderer;

/**
 * A built statement: immutable, runs nothing by itself. Hand it to a {@link QueryClient} to run it;
 * {@link #toSql()} shows what would be sent.
 */
public interface Statement {

  /** The statement's tree. */
  StatementNode node();

  /** The SQL and bind values, rendered without a connection (cached per query shape). */
  default RenderedSql toSql() {
    return Renderer.shared().render(node());
  }

  /** The tables the statement reads and writes, schema-qualified. */
  default TableAccess tables() {
    return TableAccess.of(node());
  }
}
