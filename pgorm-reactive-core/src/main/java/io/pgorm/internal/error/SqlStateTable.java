package io.pgorm.internal.error;

import static java.util.Map.entry;

import io.pgorm.error.AuthenticationException;
import io.pgorm.error.BadSqlException;
import io.pgorm.error.CheckViolationException;
import io.pgorm.error.ConnectionException;
import io.pgorm.error.DataException;
import io.pgorm.error.DeadlockException;
import io.pgorm.error.ExclusionViolationException;
import io.pgorm.error.ForeignKeyViolationException;
import io.pgorm.error.InsufficientResourcesException;
import io.pgorm.error.IntegrityViolationException;
import io.pgorm.error.InvalidTransactionStateException;
import io.pgorm.error.LockNotAvailableException;
import io.pgorm.error.NotNullViolationException;
import io.pgorm.error.ObjectInUseException;
import io.pgorm.error.ObjectStateException;
import io.pgorm.error.PermissionDeniedException;
import io.pgorm.error.PgOrmException;
import io.pgorm.error.QueryCanceledException;
import io.pgorm.error.SerializationFailureException;
import io.pgorm.error.ServerError;
import io.pgorm.error.UncategorizedException;
import io.pgorm.error.UniqueViolationException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * SQLSTATE → exception: a code's own entry wins over its class's, and codes in no listed class
 * become {@link UncategorizedException}. {@code docs/errors.md} shows this table; a test keeps the
 * two in step.
 */
final class SqlStateTable {

  /** The public constructor {@code (ServerError, Throwable)} every server exception has. */
  @FunctionalInterface
  interface Factory {
    PgOrmException create(ServerError error, @Nullable Throwable cause);
  }

  static final Map<String, Factory> BY_CODE =
      Map.ofEntries(
          entry("23502", NotNullViolationException::new),
          entry("23503", ForeignKeyViolationException::new),
          entry("23505", UniqueViolationException::new),
          entry("23514", CheckViolationException::new),
          entry("23P01", ExclusionViolationException::new),
          entry("40001", SerializationFailureException::new),
          entry("40P01", DeadlockException::new),
          entry("55P03", LockNotAvailableException::new),
          entry("55006", ObjectInUseException::new),
          entry("57014", QueryCanceledException::new),
          entry("42501", PermissionDeniedException::new),
          // FATAL: the server ends the session after these.
          entry("25P03", ConnectionException::new), // idle_in_transaction_session_timeout
          entry("25P04", ConnectionException::new), // transaction_timeout (PostgreSQL 17)
          entry("3D000", ConnectionException::new)); // database does not exist, at connect

  static final Map<String, Factory> BY_CLASS =
      Map.ofEntries(
          entry("08", ConnectionException::new), // connection exception
          entry("22", DataException::new), // data exception
          entry("23", IntegrityViolationException::new), // e.g. 23001 restrict_violation
          entry("25", InvalidTransactionStateException::new), // e.g. 25006 read-only
          entry("26", BadSqlException::new), // invalid SQL statement name
          entry("28", AuthenticationException::new), // invalid authorization specification
          entry("3F", BadSqlException::new), // invalid schema name
          entry("42", BadSqlException::new), // syntax error or access rule violation
          entry("53", InsufficientResourcesException::new), // insufficient resources
          entry("55", ObjectStateException::new), // object not in prerequisite state
          entry("57", ConnectionException::new)); // operator intervention: 57P01..57P05

  private SqlStateTable() {}

  /** The exception for a server error, keeping {@code cause}. */
  static PgOrmException translate(ServerError error, @Nullable Throwable cause) {
    Factory factory = BY_CODE.get(error.sqlState());
    if (factory == null) {
      factory = BY_CLASS.getOrDefault(error.sqlStateClass(), UncategorizedException::new);
    }
    return factory.create(error, cause);
  }
}
