package io.pgorm.query.repository;

import static io.pgorm.query.Dsl.selectFrom;

import io.pgorm.RowMapper;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Values;
import io.pgorm.query.internal.DefaultQueryClient;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.render.RenderedSql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * Coalesces concurrent look-ups by key into {@code = ANY($1)} queries, the way Prisma batches
 * {@code findUnique}: a look-up is sent at once while fewer than {@value #CONCURRENT} batches of
 * its table are running; look-ups that arrive meanwhile queue up and leave together, up to {@code
 * maxBatch} keys per query, as soon as a running batch ends. A lone caller never waits; a thousand
 * concurrent callers cost a handful of statements. Each caller gets its own row (or empty).
 *
 * <p>Look-ups inside a transaction are not coalesced: they must see the transaction's writes and
 * run on its connection.
 */
final class Lookups<R, ID> {

  static final int CONCURRENT = 2;

  private record Request<ID, R>(ID key, MonoSink<R> sink) {}

  private final QueryClient q;
  private final RowMapper<R> mapper;
  private final RecordValues<R> values;
  private final int idIndex;
  private final Class<?> idClass;
  private final String sql;
  private final String oneSql;
  private final int maxBatch;
  private final Duration window;
  private final Queue<Request<ID, R>> queue = new ConcurrentLinkedQueue<>();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicInteger draining = new AtomicInteger();

  Lookups(
      QueryClient q,
      TableMeta<R> table,
      ColumnMeta<R, ID> id,
      RowMapper<R> mapper,
      int idIndex,
      io.pgorm.query.expr.Condition live) {
    this.q = q;
    this.mapper = mapper;
    this.values = RecordValues.of(table);
    this.idIndex = idIndex;
    this.idClass = Values.rawClass(id.javaType());
    this.sql = selectFrom(table).where(id.in(List.of())).where(live).toSql().sql();
    this.oneSql =
        selectFrom(table)
            .where(id.eq(io.pgorm.query.expr.Param.like(id, null)))
            .where(live)
            .toSql()
            .sql();
    this.maxBatch = q.options().maxBatch();
    this.window = q.options().coalesceWindow();
  }

  private DefaultQueryClient client() {
    return (DefaultQueryClient) q;
  }

  Mono<R> find(ID key) {
    return Mono.deferContextual(
        ctx -> {
          if (q.db().isTransactional(ctx)) {
            return one(key);
          }
          // Fast path: a free batch slot and nobody waiting: run the plain statement directly,
          // holding the slot so that look-ups arriving meanwhile queue up behind it.
          if (queue.isEmpty()) {
            if (running.incrementAndGet() <= CONCURRENT) {
              return one(key)
                  .doFinally(
                      s -> {
                        running.decrementAndGet();
                        drain();
                      });
            }
            running.decrementAndGet(); // no free slot after all
          }
          return Mono.<R>create(
              sink -> {
                queue.add(new Request<>(key, sink));
                drain();
              });
        });
  }

  private Mono<R> one(ID key) {
    return client().bound(new RenderedSql(oneSql, Collections.singletonList(key))).first(mapper);
  }

  /** Sends queued look-ups while batch slots are free; one thread at a time does the sending. */
  private void drain() {
    if (draining.getAndIncrement() != 0) {
      return;
    }
    int missed = 1;
    do {
      while (!queue.isEmpty() && running.get() < CONCURRENT) {
        List<Request<ID, R>> batch = new ArrayList<>();
        Request<ID, R> r;
        while (batch.size() < maxBatch && (r = queue.poll()) != null) {
          batch.add(r);
        }
        if (batch.isEmpty()) {
          break;
        }
        running.incrementAndGet();
        send(batch);
      }
      missed = draining.addAndGet(-missed);
    } while (missed != 0);
  }

  private void send(List<Request<ID, R>> batch) {
    LinkedHashSet<ID> keys = new LinkedHashSet<>();
    for (Request<ID, R> r : batch) {
      keys.add(r.key());
    }
    // A lone look-up keeps the plain "= $1" statement: no array to build or unnest.
    RenderedSql statement =
        keys.size() == 1
            ? new RenderedSql(oneSql, Collections.singletonList(keys.iterator().next()))
            : new RenderedSql(sql, Collections.singletonList(Values.toArray(keys, idClass)));
    Mono<List<R>> rows = client().bound(statement).map(mapper).collectList();
    if (!window.isZero() && batch.size() == 1) {
      rows = Mono.delay(window).then(rows);
    }
    rows.doFinally(
            s -> {
              running.decrementAndGet();
              drain();
            })
        .subscribe(list -> deliver(batch, list), e -> fail(batch, e));
  }

  private void deliver(List<Request<ID, R>> batch, List<R> rows) {
    Map<Object, R> byKey = new HashMap<>(rows.size() * 2);
    for (R row : rows) {
      byKey.put(key(row), row);
    }
    for (Request<ID, R> r : batch) {
      R row = byKey.get(r.key());
      if (row == null) {
        r.sink().success();
      } else {
        r.sink().success(row);
      }
    }
  }

  private @Nullable Object key(R row) {
    return values.get(row, idIndex);
  }

  private void fail(List<Request<ID, R>> batch, Throwable e) {
    for (Request<ID, R> r : batch) {
      r.sink().error(e);
    }
  }
}
