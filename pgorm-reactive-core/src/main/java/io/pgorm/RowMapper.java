package io.pgorm;

import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;

/**
 * Turns one row into a value. Called on the driver's I/O thread for every row: keep it free of
 * blocking calls and of per-row look-ups that could be done once.
 */
@FunctionalInterface
public interface RowMapper<T> {

  T map(Row row, RowMetadata metadata);
}
