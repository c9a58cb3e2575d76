package io.pgorm.internal.metrics;

import io.pgorm.error.PgOrmException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcTimeoutException;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/** What the meters need to know about a failure, looked up along its cause chain. */
final class Causes {

  /** Bounds the walk: a cause chain may loop. */
  private static final int MAX_DEPTH = 16;

  static final String CLIENT = "client";
  static final String OTHER = "other";

  private Causes() {}

  static boolean isTimeout(Throwable error) {
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      if (cause instanceof TimeoutException || cause instanceof R2dbcTimeoutException) {
        return true;
      }
      cause = cause.getCause();
    }
    return false;
  }

  /**
   * The first SQLSTATE along the chain: the translated {@link PgOrmException}'s, else the driver
   * exception's; {@code null} when the failure never reached the server.
   */
  static @Nullable String sqlState(Throwable error) {
    Throwable cause = error;
    for (int depth = 0; cause != null && depth < MAX_DEPTH; depth++) {
      String state = null;
      if (cause instanceof PgOrmException pgOrm) {
        state = pgOrm.sqlState();
      } else if (cause instanceof R2dbcException r2dbc) {
        state = r2dbc.getSqlState();
      }
      if (state != null && !state.isEmpty()) {
        return state;
      }
      cause = cause.getCause();
    }
    return null;
  }

  /**
   * Tag value for {@code sqlstate}: the whole code when well formed, so cardinality stays small.
   */
  static String sqlStateTag(@Nullable String sqlState) {
    if (sqlState == null) {
      return CLIENT;
    }
    return sqlState.length() == 5 && isCodeChars(sqlState, 5) ? sqlState : OTHER;
  }

  /** Tag value for {@code sqlstate.class}: the code's first two characters. */
  static String sqlStateClassTag(@Nullable String sqlState) {
    if (sqlState == null) {
      return CLIENT;
    }
    return sqlState.length() >= 2 && isCodeChars(sqlState, 2) ? sqlState.substring(0, 2) : OTHER;
  }

  private static boolean isCodeChars(String code, int length) {
    for (int i = 0; i < length; i++) {
      char c = code.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
        return false;
      }
    }
    return true;
  }
}
