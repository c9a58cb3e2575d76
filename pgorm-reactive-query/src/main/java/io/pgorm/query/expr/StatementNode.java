package io.pgorm.query.expr;

import java.util.List;

/** The tree of a whole statement: a query, an INSERT, UPDATE or DELETE. Immutable data. */
public interface StatementNode {

  /** The common table expressions of its WITH clause. */
  List<Cte> with();
}
