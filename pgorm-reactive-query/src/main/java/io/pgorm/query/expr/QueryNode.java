package io.pgorm.query.expr;

/** A statement that yields rows: a SELECT or a set operation of queries. */
public interface QueryNode extends StatementNode {}
