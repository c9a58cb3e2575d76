package io.pgorm;

import io.netty.buffer.ByteBuf;
import io.pgorm.internal.metrics.StatementSample;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import io.r2dbc.spi.Wrapped;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@link Sql} of {@link DefaultPgOrm}: immutable. Binds form a chain that each step extends by
 * one link (O(1), shared by every statement derived from it), flattened into an array once per
 * execution: binding N values is O(N), where copying an array per step was O(N²).
 */
final class DefaultSql implements Sql {

  /** A NULL with a Java type, so the driver can pick the parameter's type. */
  private record TypedNull(Class<?> type) {}

  /** One bind step; {@code previous} holds the earlier ones (a later bind of an index wins). */
  private record Bind(int index, Object value, @Nullable Bind previous) {}

  private final DefaultPgOrm client;
  private final @Nullable Connection pinned;
  private final String sql;
  private final @Nullable Bind last;
  // Highest bound index + 1: the number of parameters sent.
  private final int bindCount;
  private final int fetchSize;

  DefaultSql(DefaultPgOrm client, @Nullable Connection pinned, String sql) {
    this(client, pinned, Objects.requireNonNull(sql, "sql"), null, 0, 0);
  }

  private DefaultSql(
      DefaultPgOrm client,
      @Nullable Connection pinned,
      String sql,
      @Nullable Bind last,
      int bindCount,
      int fetchSize) {
    this.client = client;
    this.pinned = pinned;
    this.sql = sql;
    this.last = last;
    this.bindCount = bindCount;
    this.fetchSize = fetchSize;
  }

  @Override
  public Sql bind(int index, @Nullable Object value) {
    return with(index, value == null ? new TypedNull(Object.class) : value);
  }

  @Override
  public Sql bindNull(int index, Class<?> type) {
    return with(index, new TypedNull(Objects.requireNonNull(type, "type")));
  }

  private Sql with(int index, Object value) {
    if (index < 0) {
      throw new IllegalArgumentException("bind index " + index + " is negative; $1 is index 0");
    }
    return new DefaultSql(
        client,
        pinned,
        sql,
        new Bind(index, value, last),
        Math.max(bindCount, index + 1),
        fetchSize);
  }

  @Override
  public Sql fetchSize(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("fetch size " + rows + " is negative");
    }
    return new DefaultSql(client, pinned, sql, last, bindCount, rows);
  }

  @Override
  public <T> Flux<T> map(RowMapper<T> mapper) {
    if (fetchSize > 0) {
      return measured(client.run(pinned, c -> cancellable(c, mapper)), false);
    }
    return measured(client.run(pinned, c -> results(c).concatMap(r -> r.map(mapper::map))), false);
  }

  /**
   * Rows through a portal. A portal with rows is closed by the driver on cancel; a query still
   * working towards its first row would keep the server (and the connection) busy until it
   * finishes, so a cancel before the first row also sends the server a cancel request.
   */
  private <T> Flux<T> cancellable(Connection connection, RowMapper<T> mapper) {
    AtomicBoolean started = new AtomicBoolean();
    return results(connection)
        .concatMap(r -> r.map(mapper::map))
        .doOnNext(row -> started.lazySet(true))
        .doOnCancel(
            () -> {
              if (!started.get()) {
                postgres(connection).cancelRequest().subscribe(v -> {}, e -> {});
              }
            });
  }

  @Override
  public Mono<Long> copyIn(Publisher<? extends Publisher<ByteBuf>> frames) {
    Objects.requireNonNull(frames, "frames");
    if (bindCount > 0) {
      throw new IllegalStateException("COPY takes no parameters; bound: " + bindCount + ": " + sql);
    }
    return measured(client.run(pinned, c -> postgres(c).copyIn(sql).fromMany(frames).build()), true)
        .reduce(0L, Long::sum);
  }

  /** The r2dbc-postgresql connection under the pool's wrapper. */
  private static PostgresqlConnection postgres(Connection connection) {
    Object c = connection;
    while (!(c instanceof PostgresqlConnection) && c instanceof Wrapped<?> w) {
      c = w.unwrap();
    }
    if (c instanceof PostgresqlConnection pg) {
      return pg;
    }
    throw new IllegalStateException(
        "not an r2dbc-postgresql connection: " + connection.getClass().getName());
  }

  @Override
  public <T> Mono<T> first(RowMapper<T> mapper) {
    return map(mapper).next();
  }

  @Override
  public Mono<Long> execute() {
    return measured(client.run(pinned, c -> results(c).concatMap(Result::getRowsUpdated)), true)
        .reduce(0L, Long::sum);
  }

  @Override
  public String sql() {
    return sql;
  }

  /**
   * Times one run for the statement meters; {@code counts}: the values are row counts to add up
   * rather than rows.
   */
  private <T> Flux<T> measured(Flux<T> run, boolean counts) {
    return Flux.defer(
        () -> {
          StatementSample sample = client.metrics().statements().start(sql, bindCount);
          long[] rows = new long[1];
          return run.doOnNext(v -> rows[0] += counts ? ((Number) v).longValue() : 1)
              .doOnComplete(() -> sample.success(rows[0]))
              .doOnError(sample::error)
              .doOnCancel(sample::cancel);
        });
  }

  /** The bound values by index, the latest bind of each; unbound slots are null. */
  @Nullable Object[] binds() {
    @Nullable Object[] binds = new Object[bindCount];
    for (Bind b = last; b != null; b = b.previous()) {
      if (binds[b.index()] == null) {
        binds[b.index()] = b.value();
      }
    }
    return binds;
  }

  private Flux<Result> results(Connection connection) {
    Statement statement = connection.createStatement(sql);
    @Nullable Object[] binds = binds();
    for (int i = 0; i < binds.length; i++) {
      Object value = binds[i];
      if (value == null) {
        throw new IllegalStateException(
            "parameter $" + (i + 1) + " of [" + sql + "] is not bound; bound: " + binds.length);
      }
      if (value instanceof TypedNull typedNull) {
        statement.bindNull(i, typedNull.type());
      } else {
        statement.bind(i, value);
      }
    }
    if (fetchSize > 0) {
      statement.fetchSize(fetchSize);
    }
    return Flux.from(statement.execute());
  }

  @Override
  public String toString() {
    return "Sql[" + sql + ", " + bindCount + " bound]";
  }
}
