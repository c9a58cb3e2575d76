package io.pgorm;

import io.pgorm.internal.metrics.StatementSample;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.Result;
import io.r2dbc.spi.Statement;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The {@link Sql} of {@link DefaultPgOrm}: immutable, copies its small bind array per step. */
final class DefaultSql implements Sql {

  /** A NULL with a Java type, so the driver can pick the parameter's type. */
  private record TypedNull(Class<?> type) {}

  private static final Object[] NO_BINDS = new Object[0];

  private final DefaultPgOrm client;
  private final @Nullable Connection pinned;
  private final String sql;
  private final @Nullable Object[] binds;
  private final int fetchSize;

  DefaultSql(DefaultPgOrm client, @Nullable Connection pinned, String sql) {
    this(client, pinned, Objects.requireNonNull(sql, "sql"), NO_BINDS, 0);
  }

  private DefaultSql(
      DefaultPgOrm client,
      @Nullable Connection pinned,
      String sql,
      @Nullable Object[] binds,
      int fetchSize) {
    this.client = client;
    this.pinned = pinned;
    this.sql = sql;
    this.binds = binds;
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
    @Nullable Object[] next = Arrays.copyOf(binds, Math.max(binds.length, index + 1));
    next[index] = value;
    return new DefaultSql(client, pinned, sql, next, fetchSize);
  }

  @Override
  public Sql fetchSize(int rows) {
    if (rows < 0) {
      throw new IllegalArgumentException("fetch size " + rows + " is negative");
    }
    return new DefaultSql(client, pinned, sql, binds, rows);
  }

  @Override
  public <T> Flux<T> map(RowMapper<T> mapper) {
    return measured(client.run(pinned, c -> results(c).concatMap(r -> r.map(mapper::map))), false);
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
          StatementSample sample = client.metrics().statements().start(sql, binds.length);
          long[] rows = new long[1];
          return run.doOnNext(v -> rows[0] += counts ? ((Number) v).longValue() : 1)
              .doOnComplete(() -> sample.success(rows[0]))
              .doOnError(sample::error)
              .doOnCancel(sample::cancel);
        });
  }

  private Flux<Result> results(Connection connection) {
    Statement statement = connection.createStatement(sql);
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
    return "Sql[" + sql + ", " + binds.length + " bound]";
  }
}
