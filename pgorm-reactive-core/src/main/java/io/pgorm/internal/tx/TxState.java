package io.pgorm.internal.tx;

import io.pgorm.Sql;
import io.pgorm.tx.Tx;
import io.pgorm.tx.TxOptions;
import io.r2dbc.spi.Connection;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * A transaction under way: its connection, options and nesting depth. It travels in the Reactor
 * Context under its own class as key, which is how statements and nested transactions find it.
 */
public final class TxState implements Tx {

  private final Connection connection;
  private final TxOptions options;
  private final int depth;
  private final AtomicInteger savepoints;
  private final BiFunction<Connection, String, Sql> statements;

  TxState(
      Connection connection,
      TxOptions options,
      int depth,
      AtomicInteger savepoints,
      BiFunction<Connection, String, Sql> statements) {
    this.connection = connection;
    this.options = options;
    this.depth = depth;
    this.savepoints = savepoints;
    this.statements = statements;
  }

  /** The transaction the subscriber runs in, if any. */
  public static Optional<TxState> current(ContextView context) {
    return context.getOrEmpty(TxState.class);
  }

  TxState nested(TxOptions nestedOptions) {
    return new TxState(connection, nestedOptions, depth + 1, savepoints, statements);
  }

  String nextSavepointName() {
    return "pgorm_sp_" + savepoints.incrementAndGet();
  }

  @Override
  public Sql sql(String sql) {
    return statements.apply(connection, sql);
  }

  @Override
  public Mono<Void> setLocal(String name, String value) {
    return statements
        .apply(connection, "SELECT set_config($1, $2, true)")
        .bind(0, name)
        .bind(1, value)
        .execute()
        .then();
  }

  @Override
  public TxOptions options() {
    return options;
  }

  @Override
  public int depth() {
    return depth;
  }

  @Override
  public Connection connection() {
    return connection;
  }
}
