package io.pgorm.test.internal;

import io.pgorm.test.TestDatabaseException;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Blocking SQL for test setup and teardown: one connection per call, closed on every outcome, each
 * call bounded by {@link #TIMEOUT}. Runs on the caller's (JUnit's) thread.
 */
public final class Sql {

  /** Upper bound for one call, connect included; CREATE DATABASE on a busy CI box is slow. */
  public static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final String UNREACHABLE =
      ". Is the server up and reachable from here? (PGORM_TEST_URL / PGORM_URL choose another)";

  private Sql() {}

  /** Runs {@code statements} in order, each in its own implicit transaction. */
  public static void execute(Endpoint at, String what, String... statements) {
    run(
        at,
        what,
        connection ->
            Flux.fromArray(statements)
                .concatMap(sql -> Flux.from(connection.createStatement(sql).execute()))
                .concatMap(result -> result.getRowsUpdated())
                .then(Mono.just(List.<String>of())));
  }

  /** The first column of each row of {@code sql}, as text; {@code binds} go to $1, $2, ... */
  public static List<String> strings(Endpoint at, String what, String sql, Object... binds) {
    return run(
        at,
        what,
        connection -> {
          Statement statement = connection.createStatement(sql);
          for (int i = 0; i < binds.length; i++) {
            statement.bind(i, binds[i]);
          }
          return Flux.from(statement.execute())
              .concatMap(result -> result.map((row, meta) -> String.valueOf(row.get(0))))
              .collectList();
        });
  }

  /** A double-quoted identifier. */
  public static String ident(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  /** A single-quoted string literal (standard_conforming_strings is on since PostgreSQL 9.1). */
  public static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static List<String> run(
      Endpoint at, String what, Function<Connection, Mono<List<String>>> work) {
    try {
      List<String> rows =
          Mono.usingWhen(Mono.from(at.connectionFactory().create()), work, Connection::close)
              .block(TIMEOUT);
      return rows == null ? List.of() : rows;
    } catch (R2dbcException e) {
      String state = String.valueOf(e.getSqlState());
      throw new TestDatabaseException(
          what
              + " failed on "
              + at
              + ": ["
              + state
              + "] "
              + e.getMessage()
              + (state.startsWith("08") ? UNREACHABLE : ""),
          e);
    } catch (RuntimeException e) {
      // Reactor's block(timeout) throws IllegalStateException("Timeout on blocking read ...").
      throw new TestDatabaseException(what + " failed on " + at + ": " + e.getMessage(), e);
    }
  }
}
