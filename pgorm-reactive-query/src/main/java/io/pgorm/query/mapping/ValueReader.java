package io.pgorm.query.mapping;

import io.r2dbc.spi.Row;
import org.jspecify.annotations.Nullable;

/**
 * Reads one column of a row as a Java value. Built once per result shape by {@link Readers}.
 *
 * @param <T> the Java type read
 */
@FunctionalInterface
public interface ValueReader<T> {

  /** The value at {@code index}, or {@code null} for SQL NULL. */
  @Nullable T read(Row row, int index);
}
