package io.pgorm.schema.ir;

import java.util.List;

/** A table's {@code @@notify}: which row changes feed its change stream. */
public record ChangeStream(List<ChangeOperation> operations) {

  public ChangeStream {
    operations = List.copyOf(operations);
    if (operations.isEmpty()) {
      throw new IllegalArgumentException("a change stream needs at least one operation");
    }
  }
}
