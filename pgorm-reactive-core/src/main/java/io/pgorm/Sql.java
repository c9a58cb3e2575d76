package io.pgorm;

import io.netty.buffer.ByteBuf;
import org.jspecify.annotations.Nullable;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * One SQL statement with its bound values, ready to run. Immutable: {@code bind} returns a new
 * value, so a half-bound statement can be shared and completed many times. Placeholders are the
 * server's {@code $1, $2, ...}; every value travels as a bind parameter, never as SQL text.
 *
 * <p>The statement runs on the current transaction's connection when called inside {@link
 * PgOrm#inTransaction}, else on a pooled connection borrowed for the run and returned after.
 */
public interface Sql {

  /**
   * Binds {@code value} to {@code $index+1} (zero-based {@code index}). A {@code null} is sent as
   * an untyped NULL, whose type the server infers; use {@link #bindNull} where it cannot.
   */
  Sql bind(int index, @Nullable Object value);

  /** Binds a NULL of the given Java type to the zero-based {@code index}. */
  Sql bindNull(int index, Class<?> type);

  /**
   * Rows fetched per round trip; 0 (the default) reads the whole result at once. A positive size
   * runs the statement through a portal so that a slow subscriber holds back the server, and
   * cancelling {@link #map} before the first row arrived also sends the server a cancel request
   * (inside a transaction that aborts the transaction), so that a query still computing its first
   * row stops.
   */
  Sql fetchSize(int rows);

  /**
   * Runs the statement and maps each row. Cold: nothing happens until subscription, and each
   * subscription runs the statement again. Emits one value per row (a {@code null} from the mapper
   * is an error). Cancelling stops the delivery and returns the connection; errors arrive as {@link
   * io.pgorm.error.PgOrmException} subclasses.
   */
  <T> Flux<T> map(RowMapper<T> mapper);

  /**
   * As {@link #map}, emitting the first row's value only, or completing empty when there is no row.
   */
  <T> Mono<T> first(RowMapper<T> mapper);

  /**
   * Runs the statement for its effect. Cold; emits the number of rows inserted, updated or deleted
   * (0 for statements that report none, such as DDL).
   */
  Mono<Long> execute();

  /**
   * Runs this {@code COPY ... FROM STDIN} statement, sending {@code frames} (each inner publisher
   * one or more chunks of data in the COPY format the statement names) as they arrive. Cold; emits
   * the number of rows copied. Timed and counted in the statement meters like any statement.
   * Cancelling aborts the COPY; an error of {@code frames} fails it and is emitted.
   *
   * @throws IllegalStateException when values were bound (COPY takes no parameters)
   */
  Mono<Long> copyIn(Publisher<? extends Publisher<ByteBuf>> frames);

  /** The SQL text as given. */
  String sql();
}
