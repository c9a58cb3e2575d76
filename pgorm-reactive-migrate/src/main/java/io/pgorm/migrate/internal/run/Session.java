package io.pgorm.migrate.internal.run;

import io.pgorm.internal.error.ErrorTranslator;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.api.PostgresqlStatement;
import io.r2dbc.spi.Readable;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The runner's dedicated connection: statements one at a time (a statement without parameters goes
 * through the simple query protocol, as one statement), errors translated to the client's
 * exceptions. Also remembers the session's own {@code lock_timeout}, to restore it after a
 * statement that ran with another.
 */
final class Session {

  /** A typed SQL NULL for {@link #query} and {@link #update}. */
  record Null(Class<?> type) {}

  private final PostgresqlConnection connection;
  private String lockTimeout = "0";

  Session(PostgresqlConnection connection) {
    this.connection = connection;
  }

  /** Runs one statement without parameters; completes when the server has finished it. */
  Mono<Void> run(String sql) {
    return Flux.from(connection.createStatement(sql).execute())
        .concatMap(r -> r.getRowsUpdated())
        .then()
        .onErrorMap(ErrorTranslator::translate);
  }

  /** Runs one statement with parameters ({@link Null} for a NULL) and maps its rows. */
  <T> Flux<T> query(String sql, Function<Readable, T> mapper, Object... binds) {
    return Flux.defer(() -> Flux.from(bind(sql, binds).execute()))
        .concatMap(r -> r.map(mapper))
        .onErrorMap(ErrorTranslator::translate);
  }

  /** Runs one statement with parameters, ignoring what it returns. */
  Mono<Void> update(String sql, Object... binds) {
    return Flux.defer(() -> Flux.from(bind(sql, binds).execute()))
        .concatMap(r -> r.getRowsUpdated())
        .then()
        .onErrorMap(ErrorTranslator::translate);
  }

  /** The session's {@code lock_timeout} as read when the lock was taken. */
  String lockTimeout() {
    return lockTimeout;
  }

  void lockTimeout(String setting) {
    this.lockTimeout = setting;
  }

  private PostgresqlStatement bind(String sql, Object[] binds) {
    PostgresqlStatement s = connection.createStatement(sql);
    for (int i = 0; i < binds.length; i++) {
      if (binds[i] instanceof Null n) {
        s.bindNull(i, n.type());
      } else {
        s.bind(i, binds[i]);
      }
    }
    return s;
  }
}
