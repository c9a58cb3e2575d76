package io.pgorm.query;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.PgOrm;
import io.pgorm.query.internal.DefaultQueryClient;
import io.pgorm.query.render.RenderedSql;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * Runs built statements on a {@link PgOrm} client. Thread-safe; make one per client and share it.
 * Every method is cold: nothing is sent until subscription, and each subscription runs the
 * statement again. Statements run on the current transaction's connection when subscribed inside
 * {@link PgOrm#inTransaction}, else on a pooled connection borrowed for the run. Errors arrive as
 * {@link io.pgorm.error.PgOrmException} subclasses (a unique violation as {@code
 * UniqueViolationException}, naming the constraint).
 */
public interface QueryClient {

  /** A query client on {@code db} with default options. */
  static QueryClient of(PgOrm db) {
    return of(db, QueryOptions.defaults());
  }

  /** A query client on {@code db}. */
  static QueryClient of(PgOrm db, QueryOptions options) {
    return new DefaultQueryClient(db, options);
  }

  /** The client statements run on. */
  PgOrm db();

  /** The options. */
  QueryOptions options();

  /**
   * Runs the query and emits each row mapped. Cold. Cancelling stops delivery and returns the
   * connection (the driver reads and discards the rest of the result; use {@link #stream} for big
   * results).
   */
  <T> Flux<T> fetch(Fetchable<T> query);

  /**
   * Runs the query and emits its only row, or completes empty. Cold. Fails with {@link
   * TooManyRowsException} when there is more than one.
   */
  <T> Mono<T> fetchOne(Fetchable<T> query);

  /** Runs the query and emits its first row, or completes empty. Cold. */
  <T> Mono<T> fetchFirst(Fetchable<T> query);

  /** {@code SELECT count(*) FROM (query)}. Cold; emits the count. */
  Mono<Long> count(Select<?> query);

  /** {@code SELECT EXISTS (query)}. Cold; emits whether the query has a row. */
  Mono<Boolean> exists(Select<?> query);

  /**
   * Runs an INSERT, UPDATE or DELETE (or any statement) for its effect. Cold; emits the number of
   * rows affected.
   */
  Mono<Long> execute(Statement statement);

  /**
   * Streams a big result with backpressure: rows are fetched {@code fetchSize} at a time through a
   * portal, and the next batch is asked for only when the subscriber has taken the last one, so
   * memory stays bounded by the fetch size whatever the result's size. Cold. Cancelling closes the
   * portal; cancelling before the first row arrived also sends the server a cancel request, so a
   * query still computing its first row stops. Inside a transaction the cancel request aborts the
   * transaction (it is rolled back anyway when its body is cancelled).
   *
   * @throws IllegalArgumentException when {@code fetchSize} is less than 1
   */
  <T> Flux<T> stream(Fetchable<T> query, int fetchSize);

  /**
   * {@code EXPLAIN (FORMAT JSON[, ANALYZE]) statement}: the plan as data. Cold. With {@code
   * analyze} the statement is executed (an INSERT, UPDATE or DELETE writes!), inside a transaction
   * if you want to roll it back.
   */
  Mono<JsonNode> explain(Statement statement, boolean analyze);

  /** The SQL and values that would be sent for {@code statement} under {@code context}. */
  RenderedSql render(Statement statement, ContextView context);
}
