package io.pgorm.internal.error;

import io.pgorm.error.PgOrmException;
import io.pgorm.test.TestDatabase;
import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** Runs raw SQL on raw r2dbc connections, and catches the translated failure. */
final class Sql {

  private Sql() {}

  /** Runs one statement, binding {@code $1, $2, ...}, and drains its results. Cold. */
  static Mono<Void> run(Connection c, String sql, Object... binds) {
    return Mono.defer(
        () -> {
          Statement statement = c.createStatement(sql);
          for (int i = 0; i < binds.length; i++) {
            statement.bind(i, binds[i]);
          }
          return Flux.from(statement.execute()).concatMap(Result::getRowsUpdated).then();
        });
  }

  /** Runs the statements in order on a new connection, blocking: for set-up code only. */
  static void setUp(ConnectionFactory factory, String... statements) {
    script(factory, statements).block(Duration.ofSeconds(60));
  }

  /** Connections to {@code database} on the test server as {@code user}. */
  static PostgresqlConnectionFactory factory(
      TestDatabase db, String user, @Nullable String password, String database) {
    return new PostgresqlConnectionFactory(
        PostgresqlConnectionConfiguration.builder()
            .host(db.host())
            .port(db.port())
            .username(user)
            .password(password)
            .database(database)
            .connectTimeout(Duration.ofSeconds(10))
            .build());
  }

  /** Runs {@code work} on a new connection, closed on complete, error and cancel. Cold. */
  static <T> Mono<T> with(ConnectionFactory factory, Function<Connection, Mono<T>> work) {
    return Mono.usingWhen(factory.create(), work, Connection::close);
  }

  /** Runs the statements in order on a new connection. Cold. */
  static Mono<Void> script(ConnectionFactory factory, String... statements) {
    return with(factory, c -> Flux.fromArray(statements).concatMap(s -> run(c, s)).then());
  }

  /**
   * Subscribes to {@code work} with {@link ErrorTranslator} at the boundary, as the client does,
   * and returns the error it fails with; the test fails if it completes.
   */
  static PgOrmException failure(Publisher<?> work) {
    AtomicReference<Throwable> error = new AtomicReference<>();
    StepVerifier.create(Flux.from(work).onErrorMap(ErrorTranslator::translate))
        .thenConsumeWhile(ignored -> true)
        .expectErrorSatisfies(error::set)
        .verify(Duration.ofSeconds(30));
    if (!(error.get() instanceof PgOrmException translated)) {
      throw new AssertionError("not translated: " + error.get(), error.get());
    }
    return translated;
  }
}
