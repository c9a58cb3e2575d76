package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;

/**
 * The partitioning of a partitioned table; each key is a column name, or SQL text that starts with
 * a parenthesis: an expression in parentheses, possibly followed by a collation or operator class
 * ({@code (lower(name))}, {@code ((id + 1))}, {@code ("Région") text_pattern_ops}).
 */
public record PartitionBy(PartitionStrategy strategy, List<String> keys) {

  public PartitionBy {
    Objects.requireNonNull(strategy, "strategy");
    keys = List.copyOf(keys);
  }
}
