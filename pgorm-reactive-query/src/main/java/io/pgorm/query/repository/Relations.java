package io.pgorm.query.repository;

import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import reactor.core.publisher.Flux;

/** Runs a query and loads the relations of its rows: include-style eager loading without N+1. */
public final class Relations {

  private Relations() {}

  /**
   * Runs {@code select} (rows of a table, from {@code selectFrom}) and emits each row with the
   * relations of {@code include} loaded. Cold. Parent rows are taken {@code maxBatch} at a time;
   * per batch each included relation costs one {@code = ANY($1)} statement, whatever the number of
   * parents. Rows are emitted in the query's order once their batch is complete. Cancelling stops
   * the query and the loading; errors of any statement end the {@code Flux}.
   */
  public static <R> Flux<Loaded<R>> fetch(QueryClient q, Select<R> select, Include<R> include) {
    Loader loader = new Loader(q);
    return q.fetch(select)
        .buffer(q.options().maxBatch())
        .concatMap(batch -> loader.load(batch, include))
        .flatMapIterable(list -> list);
  }
}
