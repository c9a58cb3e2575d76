package io.pgorm.internal.metrics;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import reactor.util.Logger;

/**
 * Logs statements slower than a threshold at WARN: duration, outcome, SQL (whitespace collapsed,
 * truncated) and the number of bound parameters. Never bound values, and never an error's message,
 * which for constraint violations quotes the offending values.
 */
final class SlowStatementLog {

  static final int MAX_SQL_CHARS = 500;

  private final Duration threshold;
  private final long thresholdNanos;
  private final String clientName;
  private final Logger logger;

  /**
   * @param threshold zero disables the log
   */
  SlowStatementLog(Duration threshold, String clientName, Logger logger) {
    this.threshold = threshold;
    // Saturate: Duration.toNanos() throws past 292 years, which is "never" here too.
    this.thresholdNanos =
        threshold.isZero() || threshold.getSeconds() >= Long.MAX_VALUE / 1_000_000_000L
            ? Long.MAX_VALUE
            : threshold.toNanos();
    this.clientName = clientName;
    this.logger = logger;
  }

  boolean enabled() {
    return !threshold.isZero();
  }

  boolean isSlow(long nanos) {
    return nanos > thresholdNanos;
  }

  void log(
      String sql,
      int bindCount,
      long nanos,
      Outcome outcome,
      long rows,
      @Nullable Throwable error) {
    if (!logger.isWarnEnabled()) {
      return;
    }
    StringBuilder message = new StringBuilder(MAX_SQL_CHARS + 200);
    message
        .append("Slow statement on client '")
        .append(clientName)
        .append("': took ")
        .append(millis(nanos))
        .append(", over the slowStatementThreshold of ")
        .append(millis(thresholdNanos))
        .append("; outcome ")
        .append(outcome.tag());
    if (outcome == Outcome.SUCCESS && rows >= 0) {
      message.append(", ").append(rows).append(rows == 1 ? " row" : " rows");
    }
    if (error != null) {
      String sqlState = Causes.sqlState(error);
      message.append(sqlState == null ? " (client-side)" : " (SQLSTATE " + sqlState + ")");
    }
    message
        .append("; ")
        .append(bindCount)
        .append(bindCount == 1 ? " bound parameter" : " bound parameters")
        .append(" (values not logged); SQL: ");
    appendSql(message, sql);
    logger.warn(message.toString());
  }

  /** Appends the SQL on one line, cut at {@link #MAX_SQL_CHARS} with its full length noted. */
  static void appendSql(StringBuilder out, String sql) {
    int written = 0;
    int i = 0;
    boolean pendingSpace = false;
    for (; i < sql.length() && written < MAX_SQL_CHARS; i++) {
      char c = sql.charAt(i);
      if (Character.isWhitespace(c)) {
        pendingSpace = written > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
        if (++written == MAX_SQL_CHARS) {
          break;
        }
      }
      out.append(c);
      written++;
    }
    if (!sql.substring(i).isBlank()) {
      out.append("... (").append(sql.length()).append(" chars)");
    }
  }

  /** Whole milliseconds, or three decimals below 10 ms where whole ones would read as zero. */
  static String millis(long nanos) {
    if (nanos >= 10_000_000L) {
      return nanos / 1_000_000L + " ms";
    }
    return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
  }
}
