package io.pgorm.listen;

import io.pgorm.listen.log.ChangePosition;
import io.pgorm.query.meta.TableName;
import io.pgorm.schema.ir.ChangeOperation;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One change of a row, decoded into the record the query layer maps the table to: the values equal
 * what a query of the row returns (each column goes through the type registry's JSON-form decoder
 * for its SQL type).
 *
 * @param operation what happened
 * @param oldRow the row before the change (UPDATE, DELETE); {@code null} for INSERT
 * @param newRow the row after the change (INSERT, UPDATE); {@code null} for DELETE
 * @param id the change id: unique, so a handler can deduplicate by it (delivery is at least once)
 * @param position the position right after this change: store it to resume after it
 * @param table the changed table
 * @param transactionId the writing transaction ({@code xid8})
 * @param loggedAt when the trigger logged the change (not when its transaction committed)
 * @param <T> the table's record type
 */
public record ChangeEvent<T>(
    ChangeOperation operation,
    @Nullable T oldRow,
    @Nullable T newRow,
    long id,
    ChangePosition position,
    TableName table,
    long transactionId,
    OffsetDateTime loggedAt) {

  /** The row as it is after the change, or as it was before a DELETE. */
  public T row() {
    T row = newRow != null ? newRow : oldRow;
    if (row == null) {
      throw new IllegalStateException("change " + id + " of " + table + " carries no row");
    }
    return row;
  }
}
