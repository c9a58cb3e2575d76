package io.pgorm.query.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.PgOrm;
import io.pgorm.Sql;
import io.pgorm.query.Dsl;
import io.pgorm.query.Fetchable;
import io.pgorm.query.QueryClient;
import io.pgorm.query.QueryOptions;
import io.pgorm.query.Select;
import io.pgorm.query.Statement;
import io.pgorm.query.TooManyRowsException;
import io.pgorm.query.expr.Call;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.render.RenderedSql;
import java.util.List;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/** The {@link QueryClient}: renders with the shape cache, runs through the core client. */
public final class DefaultQueryClient implements QueryClient {

  private final PgOrm db;
  private final QueryOptions options;

  public DefaultQueryClient(PgOrm db, QueryOptions options) {
    this.db = db;
    this.options = options;
  }

  @Override
  public PgOrm db() {
    return db;
  }

  @Override
  public QueryOptions options() {
    return options;
  }

  @Override
  public RenderedSql render(Statement statement, ContextView context) {
    if (statement instanceof io.pgorm.query.RawQuery<?> raw) {
      return raw.toSql();
    }
    return options.renderer().render(statement.node(), options.schemas().apply(context));
  }

  /** The statement with its values bound. */
  public Sql bound(RenderedSql r) {
    Sql sql = db.sql(r.sql());
    List<?> binds = r.binds();
    for (int i = 0; i < binds.size(); i++) {
      sql = sql.bind(i, binds.get(i));
    }
    return sql;
  }

  @Override
  public <T> Flux<T> fetch(Fetchable<T> query) {
    return Flux.deferContextual(ctx -> bound(render(query, ctx)).map(query.mapper()));
  }

  @Override
  public <T> Mono<T> fetchOne(Fetchable<T> query) {
    return Mono.deferContextual(
        ctx -> {
          RenderedSql r = render(query, ctx);
          return bound(r)
              .map(query.mapper())
              .take(2)
              .collectList()
              .flatMap(
                  rows -> {
                    if (rows.size() > 1) {
                      return Mono.error(new TooManyRowsException(r.sql()));
                    }
                    return Mono.justOrEmpty(rows.isEmpty() ? null : rows.get(0));
                  });
        });
  }

  @Override
  public <T> Mono<T> fetchFirst(Fetchable<T> query) {
    return fetch(query).next();
  }

  @Override
  public Mono<Long> count(Select<?> query) {
    Call<Long> count = Functions.count();
    Select<Long> outer =
        new DefaultSelect<>(SelectNode.of(List.<Expr<?>>of(count)), Projections.single(count))
            .from(query.asTable("q"));
    return fetchFirst(outer);
  }

  @Override
  public Mono<Boolean> exists(Select<?> query) {
    Expr<Boolean> exists = io.pgorm.query.expr.Condition.exists(query);
    return fetchFirst(Dsl.select(exists));
  }

  @Override
  public Mono<Long> execute(Statement statement) {
    return Mono.deferContextual(ctx -> bound(render(statement, ctx)).execute());
  }

  @Override
  public <T> Flux<T> stream(Fetchable<T> query, int fetchSize) {
    if (fetchSize < 1) {
      throw new IllegalArgumentException("fetch size " + fetchSize + " must be at least 1");
    }
    return Flux.deferContextual(
        ctx -> Streaming.stream(db, render(query, ctx), query.mapper(), fetchSize));
  }

  @Override
  public Mono<JsonNode> explain(Statement statement, boolean analyze) {
    return Mono.deferContextual(
        ctx -> {
          RenderedSql r = render(statement, ctx);
          String prefix = analyze ? "EXPLAIN (FORMAT JSON, ANALYZE) " : "EXPLAIN (FORMAT JSON) ";
          RenderedSql explain = new RenderedSql(prefix + r.sql(), r.binds());
          return bound(explain)
              .first((row, meta) -> row.get(0, String.class))
              .map(
                  json -> {
                    try {
                      return db.config().typeRegistry().objectMapper().readTree(json);
                    } catch (java.io.IOException e) {
                      throw new IllegalStateException("EXPLAIN returned no JSON: " + json, e);
                    }
                  });
        });
  }
}
