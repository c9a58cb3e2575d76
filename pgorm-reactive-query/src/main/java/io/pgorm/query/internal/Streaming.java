package io.pgorm.query.internal;

import io.pgorm.PgOrm;
import io.pgorm.RowMapper;
import io.pgorm.query.render.RenderedSql;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/** Runs a query through a portal with a fetch size, and cancels it on the server if need be. */
final class Streaming {

  private Streaming() {}

  static <T> Flux<T> stream(PgOrm db, RenderedSql r, RowMapper<T> mapper, int fetchSize) {
    return db.withConnection(
        connection ->
            Flux.defer(
                () -> {
                  io.r2dbc.spi.Statement st = connection.createStatement(r.sql());
                  List<@Nullable Object> binds = r.binds();
                  for (int i = 0; i < binds.size(); i++) {
                    Object v = binds.get(i);
                    if (v == null) {
                      st.bindNull(i, Object.class);
                    } else {
                      st.bind(i, v);
                    }
                  }
                  st.fetchSize(fetchSize);
                  AtomicBoolean started = new AtomicBoolean();
                  return Flux.from(st.execute())
                      .concatMap(result -> result.map(mapper::map))
                      .doOnNext(row -> started.lazySet(true))
                      .doOnCancel(
                          () -> {
                            // A portal with rows is closed by the driver on cancel; a query still
                            // working towards its first row would keep the server busy (and the
                            // connection) until it finishes, so ask the server to stop it.
                            if (!started.get()) {
                              Connections.postgres(connection)
                                  .cancelRequest()
                                  .subscribe(v -> {}, e -> {});
                            }
                          });
                }));
  }
}
