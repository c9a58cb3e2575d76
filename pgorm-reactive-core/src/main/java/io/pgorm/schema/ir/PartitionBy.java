package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;

/**
 * The partitioning of a partitioned table; each key is a column name or an expression in
 * parentheses.
 */
public record PartitionBy(PartitionStrategy strategy, List<String> keys) {

  public PartitionBy {
    Objects.requireNonNull(strategy, "strategy");
    keys = List.copyOf(keys);
  }
}
