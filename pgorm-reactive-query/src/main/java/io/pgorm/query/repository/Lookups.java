package io.pgorm.query.repository;

import static io.pgorm.query.Dsl.selectFrom;

import io.pgorm.RowMapper;
import io.pgorm.query.QueryClient;
import io.pgorm.query.expr.Values;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.render.RenderedSql;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
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
 * {@code findUnique}: a look-up is sent at once when no look-up of its repository is running;
 * look-ups that arrive meanwhile queue up and leave together, up to {@code maxBatch} keys per
 * query, as soon as the running one ends ("natural batching": the busier the table, the bigger the
 * batches, with no timer). A lone caller never waits and keeps the plain {@code = $1} statement; a
 * thousand concurrent callers cost a handful of statements. Each caller gets its own row (or
 * empty). One batch at a time gave both fewer statements and more throughput than two in the
 * benchmark: a round trip carries every look-up that arrived during the previous one.
 *
 * <p>Look-ups inside a transaction are not coalesced: they must see the transaction's writes and
 * run on its connection.
 */
final class Lookups<R, ID> {

  static final int CONCURRENT = 1;

  private record Request<ID, R>(ID key, MonoSink<R> sink) {}

  private final QueryClient q;
  private final RowMapper<R> mapper;
  private final RecordValues<R> values;
  private final Key<R, ID> key;
  private final int[] keyIndexes;
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
      Key<R, ID> key,
      RowMapper<R> mapper,
      int[] keyIndexes,
      io.pgorm.query.expr.Condition live) {
    this.q = q;
    this.mapper = mapper;
    this.values = RecordValues.of(table);
    this.key = key;
    this.keyIndexes = keyIndexes.clone();
    // One shape for every batch: "= ANY($1)", or "(a, b) = ANY (SELECT ... unnest($1, $2))".
    this.sql = selectFrom(table).where(key.in(List.of())).where(live).toSql().sql();
    this.oneSql = selectFrom(table).where(key.eqShape()).where(live).toSql().sql();
    this.maxBatch = q.options().maxBatch();
    this.window = q.options().coalesceWindow();
  }

  Mono<R> find(ID id) {
    return Mono.deferContextual(
        ctx -> {
          if (key.isComposite()) {
            // A bad key fails its own caller here, not the batch it would have joined.
            key.values(id);
          }
          if (q.db().isTransactional(ctx)) {
            return one(id);
          }
          // Fast path: nothing running and nobody waiting: run the plain statement directly,
          // holding a batch slot so that look-ups arriving meanwhile queue up. Only when idle:
          // under load every look-up goes through the queue, so that batches stay large.
          if (queue.isEmpty() && running.compareAndSet(0, 1)) {
            return one(id)
                .doFinally(
                    s -> {
                      running.decrementAndGet();
                      drain();
                    });
          }
          return Mono.<R>create(
              sink -> {
                queue.add(new Request<>(id, sink));
                drain();
              });
        });
  }

  private Mono<R> one(ID id) {
    return q.fetch(new RenderedSql(oneSql, key.values(id)), mapper).next();
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
            ? new RenderedSql(oneSql, key.values(keys.iterator().next()))
            : new RenderedSql(sql, arrays(keys));
    Mono<List<R>> rows = q.fetch(statement, mapper).collectList();
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

  /** One array per key column, in column order: the binds of {@link #sql}. */
  private List<@Nullable Object> arrays(Collection<ID> keys) {
    List<ColumnMeta<R, ?>> columns = key.columns();
    if (columns.size() == 1) {
      Class<?> c = Values.rawClass(columns.get(0).javaType());
      return Collections.singletonList(Values.toArray(keys, c));
    }
    List<List<@Nullable Object>> parts = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      parts.add(new ArrayList<>(keys.size()));
    }
    for (ID k : keys) {
      List<@Nullable Object> v = key.values(k);
      for (int i = 0; i < columns.size(); i++) {
        parts.get(i).add(v.get(i));
      }
    }
    List<@Nullable Object> out = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      out.add(Values.toArray(parts.get(i), Values.rawClass(columns.get(i).javaType())));
    }
    return out;
  }

  /** The row's key, equal to the key a caller asked for. */
  private @Nullable Object key(R row) {
    if (keyIndexes.length == 1) {
      return values.get(row, keyIndexes[0]);
    }
    List<@Nullable Object> parts = new ArrayList<>(keyIndexes.length);
    for (int i : keyIndexes) {
      parts.add(values.get(row, i));
    }
    return key.of(parts);
  }

  private void fail(List<Request<ID, R>> batch, Throwable e) {
    for (Request<ID, R> r : batch) {
      r.sink().error(e);
    }
  }
}
