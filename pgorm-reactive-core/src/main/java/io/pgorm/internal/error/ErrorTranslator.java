package io.pgorm.internal.error;

import io.pgorm.error.ClientClosedException;
import io.pgorm.error.ConnectionException;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.UncategorizedException;
import io.r2dbc.postgresql.api.ErrorDetails;
import io.r2dbc.postgresql.api.PostgresqlException;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.io.IOException;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.Exceptions;
import reactor.pool.PoolShutdownException;

/**
 * The one boundary where driver, pool and network exceptions become {@link PgOrmException}s. Client
 * code applies it with {@code onErrorMap(ErrorTranslator::translate)} (or {@link #mapper()})
 * wherever a driver publisher is subscribed.
 *
 * <ul>
 *   <li>A {@link PgOrmException} is returned unchanged, so translating twice is harmless.
 *   <li>An error the server reported (the driver's {@link PostgresqlException} with a severity)
 *       becomes the type its SQLSTATE maps to ({@code docs/errors.md}), keeping the driver's
 *       exception as cause.
 *   <li>The driver's own connection failures (SQLSTATE {@code 08xxx} without a server severity),
 *       R2DBC resource exceptions, {@link R2dbcTimeoutException} (the pool's acquire or validation
 *       timeout) and {@link IOException}s from the network become {@link ConnectionException}.
 *   <li>The pool's {@link PoolShutdownException} becomes {@link ClientClosedException}. The pool's
 *       acquire timeout arrives as {@link R2dbcTimeoutException}: the client, which knows the
 *       pool's counts, should turn that into {@code PoolExhaustedException} before calling this.
 *   <li>Other R2DBC exceptions become {@link UncategorizedException} with their SQLSTATE.
 *   <li>Anything else ({@link IllegalArgumentException}, a user's own exception, ...) is returned
 *       unchanged: those are programming errors, not database failures.
 * </ul>
 *
 * Wrappers that only carry another exception (Reactor's wrapper for checked exceptions, retry
 * exhaustion, {@code usingWhen}'s "Async resource cleanup failed" around a failed COMMIT or close,
 * {@link CompletionException}) are looked through.
 */
public final class ErrorTranslator {

  static final String TIMEOUT_HINT =
      "Waiting for a connection or its validation timed out: the pool may be exhausted or the"
          + " server slow to answer.";

  private ErrorTranslator() {}

  /**
   * Translates {@code error} as described on the class; never throws.
   *
   * @return a {@link PgOrmException}, or {@code error} itself if it is not a database failure
   */
  public static Throwable translate(Throwable error) {
    if (error instanceof PgOrmException) {
      return error;
    }
    Throwable t = unwrap(error);
    if (t instanceof PgOrmException) {
      return t;
    }
    if (t instanceof PostgresqlException pg) {
      return fromDriver(pg.getErrorDetails(), t);
    }
    if (t instanceof R2dbcTimeoutException) {
      return new ConnectionException(problem(t), sqlState(t), TIMEOUT_HINT, t);
    }
    if (t instanceof R2dbcNonTransientResourceException
        || t instanceof R2dbcTransientResourceException) {
      return new ConnectionException(problem(t), sqlState(t), null, t);
    }
    if (t instanceof R2dbcException) {
      return new UncategorizedException(problem(t), sqlState(t), t);
    }
    if (t instanceof PoolShutdownException) {
      return new ClientClosedException("connection pool", "shut down", t);
    }
    if (t instanceof IOException) {
      return new ConnectionException("I/O error on the database connection", null, null, t);
    }
    return error;
  }

  /** {@link #translate} as a function, for {@code onErrorMap(ErrorTranslator.mapper())}. */
  public static Function<Throwable, Throwable> mapper() {
    return ErrorTranslator::translate;
  }

  private static Throwable fromDriver(ErrorDetails details, Throwable t) {
    String code = details.getCode();
    if (code.length() == 5 && ServerErrors.fromServer(details)) {
      return SqlStateTable.translate(ServerErrors.of(details), t);
    }
    if (code.startsWith("08")) {
      return new ConnectionException(problem(t), code, null, t);
    }
    return new UncategorizedException(problem(t), code, t);
  }

  private static Throwable unwrap(Throwable error) {
    Throwable t = error;
    // Bounded: a cause chain can in theory loop.
    for (int i = 0; i < 8; i++) {
      Throwable inner = wrapped(t);
      if (inner == null) {
        return t;
      }
      t = inner;
    }
    return t;
  }

  private static @Nullable Throwable wrapped(Throwable t) {
    Throwable cause = t.getCause();
    if (cause == null || cause == t) {
      return null;
    }
    boolean wrapper =
        Exceptions.unwrap(t) != t
            || Exceptions.isRetryExhausted(t)
            || t instanceof CompletionException
            || isCleanupFailure(t);
    return wrapper ? cause : null;
  }

  // Reactor's usingWhen reports a failed completion callback (our COMMIT, a close) as a plain
  // RuntimeException around the real error; its class and message are all that mark it.
  private static boolean isCleanupFailure(Throwable t) {
    return t.getClass() == RuntimeException.class
        && String.valueOf(t.getMessage()).startsWith("Async resource cleanup failed");
  }

  private static String problem(Throwable t) {
    String message = t.getMessage();
    return message == null || message.isBlank() ? t.getClass().getSimpleName() : message;
  }

  private static @Nullable String sqlState(Throwable t) {
    String state = t instanceof R2dbcException r ? r.getSqlState() : null;
    return state == null || state.isBlank() ? null : state;
  }
}
