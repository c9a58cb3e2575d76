package io.pgorm.query.expr;

/** Something rows come from: a table, a subquery, a function, a CTE. */
public interface FromItem {}
