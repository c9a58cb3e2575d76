package io.pgorm.query.repository;

import io.pgorm.query.Update;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.meta.TableMeta;
import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * CRUD over one table whose rows map to record {@code R}, by a key of type {@code ID}: the value of
 * a single key column, or a record of the values of a multi-column key (see {@link Key}). Every
 * method is cold: nothing is sent until subscription, and each subscription runs again. Inside
 * {@code PgOrm#inTransaction} every statement joins the transaction (it travels in the Reactor
 * Context); outside, each borrows a pooled connection. Cancelling a subscription stops delivery and
 * returns the connection. Errors arrive as {@link io.pgorm.error.PgOrmException} subclasses; a
 * version conflict as {@link OptimisticLockException}. A repository made with a {@code deletedAt}
 * column soft-deletes: deletes set it, and reads skip rows where it is set.
 *
 * @param <R> the record type
 * @param <ID> the key type
 */
public interface Repository<R, ID> {

  /** The table. */
  TableMeta<R> table();

  /**
   * The row with this key, or empty. Concurrent calls outside transactions may be coalesced into
   * one {@code = ANY($1)} query (see {@link io.pgorm.query.QueryOptions#coalesceLookups()}); each
   * caller still gets its own row.
   */
  Mono<R> findById(ID id);

  /** The rows with these keys, in no particular order; one {@code = ANY($1)} query. */
  Flux<R> findAllById(Collection<? extends ID> ids);

  /** Every row, in no particular order. */
  Flux<R> findAll();

  /**
   * The rows matching {@code filter} ({@link Condition#none()} for all), ordered by {@code sort}.
   */
  Flux<R> findAll(Condition filter, SortField... sort);

  /**
   * The rows matching {@code filter}, ordered by {@code sort}, each with the relations of {@code
   * include} loaded: one statement per included relation per batch of rows, never one per row.
   */
  Flux<Loaded<R>> findAll(Condition filter, Include<R> include, SortField... sort);

  /** The row with this key and the relations of {@code include}, or empty. */
  Mono<Loaded<R>> findById(ID id, Include<R> include);

  /**
   * One page of the rows matching {@code filter}, by OFFSET, with the total (two statements). The
   * key is appended to {@code sort} so that pages do not overlap.
   */
  Mono<Page<R>> findPage(Condition filter, List<SortField> sort, PageRequest page);

  /**
   * Up to {@code size} rows after {@code after} ({@code null} for the first page), by keyset: the
   * rows that sort after the cursor's keys. The key is appended to {@code sort}; sort columns must
   * be columns of this table and not NULL in the rows paged over. Unlike OFFSET, a page costs the
   * same wherever it is and rows inserted meanwhile do not shift it.
   *
   * @throws IllegalArgumentException (as the error of the Mono) when the cursor does not fit the
   *     sort
   */
  Mono<CursorPage<R>> findPage(
      Condition filter, List<SortField> sort, int size, @Nullable Cursor after);

  /** The number of rows matching {@code filter}. */
  Mono<Long> count(Condition filter);

  /** Whether a row has this key. */
  Mono<Boolean> existsById(ID id);

  /** Whether some row matches {@code filter}. */
  Mono<Boolean> exists(Condition filter);

  /**
   * Inserts the row and emits it as stored ({@code RETURNING}): with the key, defaults and
   * generated values filled in. A defaulted column whose value is {@code null} gets its default.
   */
  Mono<R> insert(R row);

  /**
   * Inserts the rows in one statement ({@code INSERT ... SELECT * FROM unnest($1, $2, ...)}, one
   * array per column, so that every batch size shares one prepared statement) and emits them as
   * stored, in order.
   */
  Flux<R> insertAll(List<? extends R> rows);

  /**
   * The bulk-load path: {@code COPY t (columns) FROM STDIN}, rows streamed in frames of 1000 as
   * they arrive. The fastest way to load many rows, but every column the server does not compute is
   * written (a {@code null} is NULL, not the default), and there is no RETURNING and no ON
   * CONFLICT: a duplicate key fails the whole copy. Emits the number of rows copied.
   */
  Mono<Long> copyIn(Flux<? extends R> rows);

  /**
   * Writes every column of the row that the server does not compute, by key, and emits it as
   * stored; empty when no row has the key. With a version column, only if the stored version is the
   * row's (then it is incremented), else {@link OptimisticLockException}.
   */
  Mono<R> update(R row);

  /**
   * Changes some columns of the row with this key: {@code repo.update(id, u -> u.set(EMAIL, e))};
   * emits the row as stored, or empty when no row has the key. With a version column the version is
   * incremented (not checked: no version was read).
   */
  Mono<R> update(ID id, UnaryOperator<Update<R>> changes);

  /**
   * Inserts the row, or on a key conflict updates every column the server does not compute; emits
   * the row as stored.
   */
  Mono<R> upsert(R row);

  /** {@link #upsert} of many rows in one statement (unnest, as {@link #insertAll}). */
  Flux<R> upsertAll(List<? extends R> rows);

  /** Deletes the row with this key; emits whether there was one. */
  Mono<Boolean> deleteById(ID id);

  /**
   * Deletes the row by its key; with a version column, only if the stored version is the row's,
   * else {@link OptimisticLockException}. Emits whether a row was deleted.
   */
  Mono<Boolean> delete(R row);

  /**
   * Deletes the rows matching {@code filter}; emits how many. {@link Condition#none()} deletes
   * every row.
   */
  Mono<Long> deleteAll(Condition filter);
}
