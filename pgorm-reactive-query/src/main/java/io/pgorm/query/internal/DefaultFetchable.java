package io.pgorm.query.internal;

import io.pgorm.RowMapper;
import io.pgorm.query.Fetchable;
import io.pgorm.query.expr.StatementNode;

/** A statement with RETURNING and the mapper of its rows. */
record DefaultFetchable<T>(StatementNode node, RowMapper<T> mapper) implements Fetchable<T> {}
