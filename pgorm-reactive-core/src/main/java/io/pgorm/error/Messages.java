package io.pgorm.error;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds exception messages in the two formats documented on {@link PgOrmException}. */
final class Messages {

  private Messages() {}

  /**
   * {@code message [SQLSTATE] on table "t", column "c", constraint "k" at character N — detail
   * Hint: hint}: each part only when known; an identifier the server's message already quotes is
   * not repeated.
   */
  static String forServer(ServerError e) {
    StringBuilder b = new StringBuilder(e.message()).append(" [").append(e.sqlState()).append(']');
    List<String> on = new ArrayList<>(3);
    String table = e.table();
    if (table != null && !quotes(e.message(), table)) {
      boolean qualify = e.schema() != null && !"public".equals(e.schema());
      on.add("table " + (qualify ? quote(e.schema()) + "." : "") + quote(table));
    }
    if (e.column() != null && !quotes(e.message(), e.column())) {
      on.add("column " + quote(e.column()));
    }
    if (e.constraint() != null && !quotes(e.message(), e.constraint())) {
      on.add("constraint " + quote(e.constraint()));
    }
    if (!on.isEmpty()) {
      b.append(" on ").append(String.join(", ", on));
    }
    if (e.position() != null) {
      b.append(" at character ").append(e.position());
    }
    String hint = e.hint() != null ? e.hint() : Hints.forError(e);
    return tail(b, e.detail(), hint);
  }

  /** {@code problem [SQLSTATE] — detail Hint: hint}, for failures the server did not report. */
  static String withCode(
      String problem, @Nullable String sqlState, @Nullable String detail, @Nullable String hint) {
    StringBuilder b = new StringBuilder(problem);
    if (sqlState != null) {
      b.append(" [").append(sqlState).append(']');
    }
    return tail(b, detail, hint);
  }

  /** {@code what: state. Hint: hint.} for client-side failures. */
  static String forClient(String what, String state, @Nullable String hint) {
    StringBuilder b = new StringBuilder(what).append(": ").append(sentence(state));
    if (hint != null) {
      b.append(" Hint: ").append(sentence(hint));
    }
    return b.toString();
  }

  private static String tail(StringBuilder head, @Nullable String detail, @Nullable String hint) {
    if (detail != null && !detail.isBlank()) {
      head.append(" — ").append(sentence(detail.strip()));
    }
    if (hint != null) {
      head.append(detail != null && !detail.isBlank() ? " " : ". ");
      head.append("Hint: ").append(sentence(hint));
    }
    return head.toString();
  }

  static String sentence(String text) {
    return text.endsWith(".") || text.endsWith("?") || text.endsWith("!") ? text : text + ".";
  }

  private static boolean quotes(String message, @Nullable String identifier) {
    return message.contains(quote(identifier));
  }

  static String quote(@Nullable String identifier) {
    return '"' + String.valueOf(identifier) + '"';
  }
}
