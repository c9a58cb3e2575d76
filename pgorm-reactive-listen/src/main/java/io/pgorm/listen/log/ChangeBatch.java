package io.pgorm.listen.log;

import java.util.List;

/** What one read of the log returned, and where the reader stands after it. */
public record ChangeBatch(List<ChangeRecord> records, ChangePosition position) {

  public ChangeBatch {
    records = List.copyOf(records);
  }

  public boolean isEmpty() {
    return records.isEmpty();
  }
}
