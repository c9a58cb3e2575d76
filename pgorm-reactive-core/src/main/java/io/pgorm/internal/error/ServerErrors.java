package io.pgorm.internal.error;

import io.pgorm.error.ServerError;
import io.r2dbc.postgresql.api.ErrorDetails;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Copies the driver's {@link ErrorDetails} into our driver-independent {@link ServerError}. */
final class ServerErrors {

  private ServerErrors() {}

  /**
   * Whether the server sent these details. The driver also reports its own failures (connection
   * closed, cannot connect) as details with only a code and a message; the server always sends a
   * severity.
   */
  static boolean fromServer(ErrorDetails details) {
    return details.getSeverityNonLocalized() != null || details.getSeverityLocalized() != null;
  }

  static ServerError of(ErrorDetails d) {
    String severity = d.getSeverityNonLocalized();
    String message = d.getMessage();
    return ServerError.builder(d.getCode(), message == null ? "(no message)" : message)
        .severity(severity != null ? severity : d.getSeverityLocalized())
        .detail(d.getDetail().orElse(null))
        .hint(d.getHint().orElse(null))
        .position(number(d.getPosition()))
        .where(d.getWhere().orElse(null))
        .schema(d.getSchemaName().orElse(null))
        .table(d.getTableName().orElse(null))
        .column(d.getColumnName().orElse(null))
        .dataType(d.getDataTypeName().orElse(null))
        .constraint(d.getConstraintName().orElse(null))
        .internalQuery(d.getInternalQuery().orElse(null))
        .internalPosition(number(d.getInternalPosition()))
        .file(d.getFile().orElse(null))
        .line(number(d.getLine()))
        .routine(d.getRoutine().orElse(null))
        .build();
  }

  private static @Nullable Integer number(Optional<String> text) {
    try {
      return text.map(Integer::valueOf).orElse(null);
    } catch (NumberFormatException e) {
      return null; // a malformed optional field must not hide the error it belongs to
    }
  }
}
