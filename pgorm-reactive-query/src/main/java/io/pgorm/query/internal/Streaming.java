package io.pgorm.query.internal;

import io.pgorm.PgOrm;
import io.pgorm.RowMapper;
import io.pgorm.Sql;
import io.pgorm.query.render.RenderedSql;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Runs a query through a portal with a fetch size. The core client does the rest: the statement
 * meters time it like any statement, and a cancel before the first row sends a cancel request.
 */
final class Streaming {

  private Streaming() {}

  static <T> Flux<T> stream(PgOrm db, RenderedSql r, RowMapper<T> mapper, int fetchSize) {
    Sql sql = db.sql(r.sql());
    List<?> binds = r.binds();
    for (int i = 0; i < binds.size(); i++) {
      Object v = binds.get(i);
      sql = v == null ? sql.bindNull(i, Object.class) : sql.bind(i, v);
    }
    return sql.fetchSize(fetchSize).map(mapper);
  }
}
