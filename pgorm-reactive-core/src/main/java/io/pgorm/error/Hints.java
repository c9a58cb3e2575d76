package io.pgorm.error;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Our advice per SQLSTATE, shown after "Hint:" when the server sent no hint of its own. Only where
 * we know something the server's message does not already say.
 */
final class Hints {

  static final String RETRY = "Run the whole transaction again (isRetryable() is true)";
  static final String SESSION_GONE =
      "The session is gone: use a new connection. Work in flight was rolled back, except a COMMIT"
          + " whose reply was lost: its outcome is unknown.";
  static final String CANNOT_CONNECT =
      "Check that PostgreSQL runs at that host and port and accepts connections"
          + " (listen_addresses, pg_hba.conf, firewall).";
  static final String STATEMENT_TIMEOUT =
      "The statement ran longer than statement_timeout: make it faster, or raise the limit for"
          + " this transaction with SET LOCAL statement_timeout.";

  private static final Map<String, String> BY_CODE =
      Map.ofEntries(
          Map.entry("22001", "Shorten the value or widen the column (the server names no column)."),
          Map.entry("22003", "Use a wider column type (bigint, numeric) or check the value."),
          Map.entry("23502", "Supply a value for the column or give it a default."),
          Map.entry("25006", readOnly()),
          Map.entry(
              "25P02",
              "An earlier statement in this transaction failed: roll back and look at it."),
          Map.entry(
              "25P03",
              "The session sat idle inside a transaction longer than"
                  + " idle_in_transaction_session_timeout: keep transactions short."),
          Map.entry("28000", "Check the user name, that the role has LOGIN, and pg_hba.conf."),
          Map.entry("28P01", "Check the user name and password."),
          Map.entry("3D000", "Check the database name in the connection settings."),
          Map.entry("40001", RETRY + ": a concurrent transaction touched the same data."),
          Map.entry(
              "40P01",
              RETRY + ", and lock rows in the same order in every transaction to avoid it."),
          Map.entry(
              "42501", "Grant the privilege to the connecting role, or check row-level security."),
          Map.entry("42P01", "Check the name and the search_path, and that migrations have run."),
          Map.entry("42703", "Check the column name, and that migrations have run."),
          Map.entry(
              "53300",
              "The server has no free connection slots: lower maxSize or raise"
                  + " max_connections."),
          Map.entry(
              "55006",
              "The object is in use (by another session, or by an open cursor in this one): wait for"
                  + " it or end that use (see pg_stat_activity)."),
          Map.entry(
              "55P03",
              RETRY + " later: another transaction holds the lock (lock_timeout or NOWAIT)."),
          Map.entry(
              "57014",
              "The statement was canceled by a cancel request (pg_cancel_backend() or the client)."),
          Map.entry("57P03", "The server is starting up or shutting down: try again shortly."),
          Map.entry("08001", CANNOT_CONNECT),
          Map.entry("08003", CANNOT_CONNECT),
          Map.entry("08004", CANNOT_CONNECT));

  private static final Map<String, String> BY_CLASS =
      Map.of("08", SESSION_GONE, "57", SESSION_GONE);

  private Hints() {}

  private static String readOnly() {
    return "The transaction is read-only (SET TRANSACTION READ ONLY,"
        + " default_transaction_read_only, or a standby): write in a read-write transaction on"
        + " the primary.";
  }

  /** Our hint for a server error, or {@code null} if we have nothing to add. */
  static @Nullable String forError(ServerError error) {
    if (QueryCanceledException.isStatementTimeout(error)) {
      return STATEMENT_TIMEOUT;
    }
    return forSqlState(error.sqlState());
  }

  /** Our hint for a SQLSTATE, by code first, then by class; {@code null} if none. */
  static @Nullable String forSqlState(@Nullable String sqlState) {
    if (sqlState == null || sqlState.length() != 5) {
      return null;
    }
    String hint = BY_CODE.get(sqlState);
    return hint != null ? hint : BY_CLASS.get(sqlState.substring(0, 2));
  }
}
