package io.pgorm.listen.log;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.QualifiedName;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One row of the change log, undecoded: the rows are JSON as {@code to_jsonb} wrote them.
 *
 * @param id the change id, increasing in log order
 * @param transactionId the writing transaction ({@code xid8})
 * @param table the changed table
 * @param operation what happened
 * @param key the primary-key columns of the row
 * @param oldRow the row before (UPDATE, DELETE)
 * @param newRow the row after (INSERT, UPDATE)
 * @param loggedAt when the change was written (not when it committed)
 * @param position the position right after this change: store it to resume after it
 */
public record ChangeRecord(
    long id,
    long transactionId,
    QualifiedName table,
    ChangeOperation operation,
    JsonNode key,
    @Nullable JsonNode oldRow,
    @Nullable JsonNode newRow,
    OffsetDateTime loggedAt,
    ChangePosition position) {}
