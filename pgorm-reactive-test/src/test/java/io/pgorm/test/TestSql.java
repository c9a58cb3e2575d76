package io.pgorm.test;

import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactory;
import java.time.Duration;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Blocking SQL for assertions, through a given connection factory. */
final class TestSql {

  private TestSql() {}

  /** The first column of each row of each statement, as text. */
  static List<String> query(ConnectionFactory factory, String... statements) {
    List<String> rows =
        Mono.usingWhen(
                Mono.from(factory.create()),
                connection ->
                    Flux.fromArray(statements)
                        .concatMap(sql -> Flux.from(connection.createStatement(sql).execute()))
                        .concatMap(result -> result.map((row, meta) -> String.valueOf(row.get(0))))
                        .collectList(),
                Connection::close)
            .block(Duration.ofSeconds(30));
    return rows == null ? List.of() : rows;
  }
}
