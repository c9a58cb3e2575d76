package io.pgorm.listen.log;

import java.util.List;

/**
 * What one read of the log returned, and where the reader stands after it.
 *
 * @param records the changes read, in change-id order
 * @param position where the reader stands after them
 * @param heldBack whether committed changes exist that are not readable yet: a transaction with a
 *     lower id is still running and holds the watermark below them. Worth reading again soon —
 *     nothing will notify when that transaction ends, if it wrote nothing to the log.
 */
public record ChangeBatch(List<ChangeRecord> records, ChangePosition position, boolean heldBack) {

  public ChangeBatch {
    records = List.copyOf(records);
  }

  /** A batch with nothing held back. */
  public ChangeBatch(List<ChangeRecord> records, ChangePosition position) {
    this(records, position, false);
  }

  public boolean isEmpty() {
    return records.isEmpty();
  }
}
