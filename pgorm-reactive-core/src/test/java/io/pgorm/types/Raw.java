package io.pgorm.types;

import io.pgorm.test.TestDatabase;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import java.time.Duration;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The bare driver, as configured by the test extension: no PG-ORM codecs. */
final class Raw {

  private Raw() {}

  /** Runs {@code sql} with {@code binds} and maps the first row. */
  static <T> @Nullable T first(
      TestDatabase db, String sql, Function<Row, T> mapper, Object... binds) {
    return Flux.usingWhen(
            db.connectionFactory().create(),
            (Connection c) -> {
              Statement s = c.createStatement(sql);
              for (int i = 0; i < binds.length; i++) {
                s.bind(i, binds[i]);
              }
              return Flux.from(s.execute()).flatMap(r -> r.map((row, meta) -> mapper.apply(row)));
            },
            Connection::close)
        .next()
        .block(Duration.ofSeconds(10));
  }

  /** Runs {@code sql} for its effect. */
  static void run(TestDatabase db, String sql, Object... binds) {
    Flux.usingWhen(
            db.connectionFactory().create(),
            (Connection c) -> {
              Statement s = c.createStatement(sql);
              for (int i = 0; i < binds.length; i++) {
                s.bind(i, binds[i]);
              }
              return Flux.from(s.execute()).flatMap(r -> Mono.from(r.getRowsUpdated()));
            },
            Connection::close)
        .then()
        .block(Duration.ofSeconds(10));
  }
}
