package io.pgorm.query.repository;

import static io.pgorm.query.Dsl.deleteFrom;
import static io.pgorm.query.Dsl.insertInto;
import static io.pgorm.query.Dsl.selectFrom;

import io.pgorm.RowMapper;
import io.pgorm.query.Dsl;
import io.pgorm.query.Insert;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import io.pgorm.query.Update;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Functions;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.internal.Projections;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.render.RenderedSql;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The generic repository that generated repositories extend:
 *
 * <pre>{@code
 * public final class AccountRepository extends BaseRepository<Account, UUID> {
 *   public AccountRepository(QueryClient q) {
 *     super(q, AccountTable.TABLE, AccountTable.ID, AccountTable.VERSION);
 *   }
 * }
 * }</pre>
 *
 * <p>Statements whose shape never changes (find by key, update by key) are rendered once, here; per
 * call only values are bound.
 *
 * @param <R> the record type
 * @param <ID> the key type
 */
public class BaseRepository<R, ID> implements Repository<R, ID> {

  private final QueryClient q;
  private final TableMeta<R> table;
  private final Key<R, ID> key;
  // The key columns' indexes in the table, in key order.
  private final int[] keyIndexes;
  private final @Nullable ColumnMeta<R, ? extends Number> version;
  private final int versionIndex;
  private final RowMapper<R> mapper;
  private final RecordValues<R> values;
  private final @Nullable ColumnMeta<R, OffsetDateTime> deletedAt;
  private final int deletedAtIndex;
  // The rows a soft-deleting repository sees: deleted_at IS NULL; none() otherwise.
  private final Condition live;
  private final String findByIdSql;
  private final Lookups<R, ID> lookups;
  private final java.util.Map<Key<R, ?>, Lookups<R, ?>> uniqueLookups =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** A repository without a version column. */
  public BaseRepository(QueryClient q, TableMeta<R> table, ColumnMeta<R, ID> id) {
    this(q, table, id, null);
  }

  /** A repository keyed by {@code key} (single or composite), without a version column. */
  public BaseRepository(QueryClient q, TableMeta<R> table, Key<R, ID> key) {
    this(q, table, key, null, null);
  }

  /**
   * A repository whose {@code version} column (if not {@code null}) guards updates and deletes: an
   * update writes {@code version + 1} only where the stored version is the row's.
   *
   * @throws IllegalArgumentException when a column is not one of {@code table}'s
   */
  public BaseRepository(
      QueryClient q,
      TableMeta<R> table,
      ColumnMeta<R, ID> id,
      @Nullable ColumnMeta<R, ? extends Number> version) {
    this(q, table, id, version, null);
  }

  /**
   * A repository with optimistic locking ({@code version}, may be {@code null}) and soft delete:
   * with a {@code deletedAt} column, deletes set it to {@code now()} instead of removing rows, and
   * every read, update and delete of this repository skips rows where it is set. Relations loaded
   * from other tables, raw queries and upserts (which take the row's value) do not filter.
   *
   * @throws IllegalArgumentException when a column is not one of {@code table}'s
   */
  public BaseRepository(
      QueryClient q,
      TableMeta<R> table,
      ColumnMeta<R, ID> id,
      @Nullable ColumnMeta<R, ? extends Number> version,
      @Nullable ColumnMeta<R, OffsetDateTime> deletedAt) {
    this(q, table, Key.of(Objects.requireNonNull(id, "id")), version, deletedAt);
  }

  /**
   * A repository keyed by {@code key}: one column ({@link Key#of}) or several ({@link
   * Key#composite}), with optional optimistic locking and soft delete as above.
   *
   * @throws IllegalArgumentException when a column is not one of {@code table}'s
   */
  public BaseRepository(
      QueryClient q,
      TableMeta<R> table,
      Key<R, ID> key,
      @Nullable ColumnMeta<R, ? extends Number> version,
      @Nullable ColumnMeta<R, OffsetDateTime> deletedAt) {
    this.q = Objects.requireNonNull(q, "q");
    this.table = Objects.requireNonNull(table, "table");
    this.key = Objects.requireNonNull(key, "key");
    this.keyIndexes = new int[key.columns().size()];
    for (int i = 0; i < keyIndexes.length; i++) {
      keyIndexes[i] = indexOf(table, key.columns().get(i));
    }
    this.version = version;
    this.versionIndex = version == null ? -1 : indexOf(table, version);
    this.mapper = Projections.table(table);
    this.values = RecordValues.of(table);
    this.deletedAt = deletedAt;
    this.deletedAtIndex = deletedAt == null ? -1 : indexOf(table, deletedAt);
    this.live = deletedAt == null ? Condition.none() : deletedAt.isNull();
    this.findByIdSql = selectFrom(table).where(key.eqShape()).where(live).toSql().sql();
    this.lookups = new Lookups<>(q, table, key, mapper, keyIndexes, live);
  }

  private static int indexOf(TableMeta<?> table, ColumnMeta<?, ?> column) {
    int i = table.columns().indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(
          "column " + column + " is not a column of table " + table.name());
    }
    return i;
  }

  /** The query client statements run on. */
  protected QueryClient queries() {
    return q;
  }

  @Override
  public TableMeta<R> table() {
    return table;
  }

  /** The key (single or composite) of this repository. */
  public Key<R, ID> key() {
    return key;
  }

  private ID idOf(R row) {
    List<@Nullable Object> parts = new ArrayList<>(keyIndexes.length);
    for (int i = 0; i < keyIndexes.length; i++) {
      Object v = values.get(row, keyIndexes[i]);
      if (v == null) {
        throw new IllegalArgumentException(
            "the row of " + table.name() + " has no " + key.columns().get(i).name() + ": " + row);
      }
      parts.add(v);
    }
    return key.of(parts);
  }

  /** The key's name for messages: the column, or the columns in parentheses. */
  private String keyName() {
    if (keyIndexes.length == 1) {
      return key.columns().get(0).name();
    }
    StringBuilder b = new StringBuilder("(");
    for (ColumnMeta<R, ?> c : key.columns()) {
      b.append(b.length() > 1 ? ", " : "").append(c.name());
    }
    return b.append(')').toString();
  }

  @Override
  public Mono<R> findById(ID id) {
    Objects.requireNonNull(id, "id");
    if (q.options().coalesceLookups()) {
      return lookups.find(id);
    }
    return Mono.defer(() -> q.fetch(new RenderedSql(findByIdSql, key.values(id)), mapper).next());
  }

  /**
   * The row whose unique key {@code unique} (a {@link Key} over the columns of a UNIQUE constraint,
   * held in a constant) has {@code value}, or empty. Cold. Concurrent calls with the same {@code
   * unique} coalesce as {@link #findById} does; generated repositories call it from their typed
   * finders ({@code findByEmail}).
   *
   * @throws IllegalArgumentException (as the error of the Mono) when a column is not this table's
   */
  @SuppressWarnings("unchecked") // one Lookups per Key instance, so of that key's type
  protected <K> Mono<R> findByUnique(Key<R, K> unique, K value) {
    return Mono.defer(
        () -> {
          Objects.requireNonNull(value, "value");
          if (!q.options().coalesceLookups()) {
            return findOne(unique.eq(value));
          }
          Lookups<R, K> l =
              (Lookups<R, K>) uniqueLookups.computeIfAbsent(unique, k -> lookupsOf(unique));
          return l.find(value);
        });
  }

  private <K> Lookups<R, K> lookupsOf(Key<R, K> unique) {
    int[] indexes = new int[unique.columns().size()];
    for (int i = 0; i < indexes.length; i++) {
      indexes[i] = indexOf(table, unique.columns().get(i));
    }
    return new Lookups<>(q, table, unique, mapper, indexes, live);
  }

  /**
   * The only row matching {@code filter} (and not soft-deleted), or empty. Cold. Fails with {@link
   * io.pgorm.query.TooManyRowsException} when more than one matches.
   */
  protected Mono<R> findOne(Condition filter) {
    return q.fetchOne(selectFrom(table).where(filter).where(live));
  }

  @Override
  public Flux<R> findAllById(Collection<? extends ID> ids) {
    return Flux.defer(() -> q.fetch(selectFrom(table).where(key.in(ids)).where(live)));
  }

  @Override
  public Flux<R> findAll() {
    return q.fetch(selectFrom(table).where(live));
  }

  @Override
  public Flux<R> findAll(Condition filter, SortField... sort) {
    return q.fetch(selectFrom(table).where(filter).where(live).orderBy(sort));
  }

  @Override
  public Flux<Loaded<R>> findAll(Condition filter, Include<R> include, SortField... sort) {
    return Relations.fetch(q, selectFrom(table).where(filter).where(live).orderBy(sort), include);
  }

  @Override
  public Mono<Loaded<R>> findById(ID key, Include<R> include) {
    return findById(key)
        .flatMap(row -> new Loader(q).load(List.of(row), include))
        .map(l -> l.get(0));
  }

  /** {@code sort} then the key columns it lacks, so that the order is total. */
  private List<SortField> withKey(List<SortField> sort) {
    List<SortField> all = new ArrayList<>(sort);
    for (ColumnMeta<R, ?> c : key.columns()) {
      boolean present = false;
      for (SortField s : sort) {
        present |= s.expr().equals(c);
      }
      if (!present) {
        all.add(c.asc());
      }
    }
    return all;
  }

  @Override
  public Mono<Page<R>> findPage(Condition filter, List<SortField> sort, PageRequest page) {
    Select<R> rows =
        selectFrom(table)
            .where(filter)
            .where(live)
            .orderBy(withKey(sort))
            .limit(page.size())
            .offset(page.offset());
    return Mono.zip(q.fetch(rows).collectList(), count(filter))
        .map(t -> new Page<>(t.getT1(), page.page(), page.size(), t.getT2()));
  }

  @Override
  public Mono<CursorPage<R>> findPage(
      Condition filter, List<SortField> sort, int size, @Nullable Cursor after) {
    return Mono.defer(
        () -> {
          if (size < 1) {
            throw new IllegalArgumentException("page size " + size + " must be at least 1");
          }
          Keyset<R> keyset = new Keyset<>(table, withKey(sort));
          Select<R> rows =
              selectFrom(table)
                  .where(filter)
                  .where(live)
                  .where(after == null ? Condition.none() : keyset.after(after))
                  .orderBy(keyset.sort())
                  .limit(size + 1L);
          return q.fetch(rows)
              .collectList()
              .map(
                  list -> {
                    if (list.size() <= size) {
                      return new CursorPage<>(list, null);
                    }
                    List<R> items = list.subList(0, size);
                    return new CursorPage<>(items, keyset.cursorOf(items.get(size - 1), values));
                  });
        });
  }

  @Override
  public Mono<Long> count(Condition filter) {
    return q.fetchFirst(
        io.pgorm.query.Dsl.select(Functions.count()).from(table).where(filter).where(live));
  }

  @Override
  public Mono<Boolean> existsById(ID id) {
    return Mono.defer(() -> exists(key.eq(id)));
  }

  @Override
  public Mono<Boolean> exists(Condition filter) {
    return q.exists(io.pgorm.query.Dsl.selectOne().from(table).where(filter).where(live));
  }

  @Override
  public Mono<R> insert(R row) {
    return q.fetchOne(insertInto(table).row(row).returning());
  }

  @Override
  public Flux<R> insertAll(List<? extends R> rows) {
    if (rows.isEmpty()) {
      return Flux.empty();
    }
    return Flux.defer(
        () ->
            q.fetch(
                insertInto(table).rowsUnnested(rows, q.db().config().typeRegistry()).returning()));
  }

  @Override
  public Mono<Long> copyIn(Flux<? extends R> rows) {
    return new CopyIn<>(table).copy(q.db(), rows);
  }

  private boolean isKey(int index) {
    for (int k : keyIndexes) {
      if (k == index) {
        return true;
      }
    }
    return false;
  }

  /** The columns an update writes: not the key, not generated, not the version. */
  private List<Integer> writable() {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnMeta<R, ?> c = table.columns().get(i);
      if (!isKey(i) && i != versionIndex && i != deletedAtIndex && !c.generated()) {
        out.add(i);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked") // values of column i are of its type
  private static <R, T> Update<R> set(Update<R> u, ColumnMeta<R, T> column, @Nullable Object v) {
    return u.set(column, (T) v);
  }

  private Update<R> bumpVersion(Update<R> u) {
    return version == null ? u : increment(u, version);
  }

  private static <R, N extends Number> Update<R> increment(Update<R> u, ColumnMeta<R, N> v) {
    Param<N> one = Param.like(v, 1L);
    return u.set(v, Functions.add(v, one));
  }

  @Override
  public Mono<R> update(R row) {
    return Mono.defer(
        () -> {
          ID id = idOf(row);
          Update<R> u = Dsl.update(table);
          for (int i : writable()) {
            u = set(u, table.columns().get(i), values.get(row, i));
          }
          u = bumpVersion(u).where(key.eq(id)).where(live);
          if (version == null) {
            return q.fetchOne(u.returning());
          }
          Object expected = values.get(row, versionIndex);
          u = u.where(io.pgorm.query.expr.Comparison.EQ.apply(version, expected));
          return q.fetchOne(u.returning()).switchIfEmpty(conflict(id, expected));
        });
  }

  /** The error for a versioned write that matched no row: changed, or deleted. */
  private Mono<R> conflict(ID id, @Nullable Object expected) {
    ColumnMeta<R, ? extends Number> v = Objects.requireNonNull(version);
    return q.fetchFirst(io.pgorm.query.Dsl.select(v).from(table).where(key.eq(id)))
        .map(Object::toString)
        .defaultIfEmpty("")
        .flatMap(
            actual ->
                Mono.error(
                    new OptimisticLockException(
                        table.name(), keyName(), id, expected, actual.isEmpty() ? null : actual)));
  }

  @Override
  public Mono<R> update(ID id, UnaryOperator<Update<R>> changes) {
    return Mono.defer(
        () ->
            q.fetchOne(
                bumpVersion(changes.apply(Dsl.update(table)))
                    .where(key.eq(id))
                    .where(live)
                    .returning()));
  }

  private Insert<R> upsertOf(Insert<R> insert) {
    List<ColumnMeta<R, ?>> set = new ArrayList<>();
    for (ColumnMeta<?, ?> c : insert.node().columns()) {
      if (!key.columns().contains(c)) {
        set.add(table.column(c.name()).orElseThrow());
      }
    }
    if (set.isEmpty()) {
      return insert.onConflict(key.columns()).doNothing();
    }
    return insert.onConflict(key.columns()).doUpdateSetExcluded(set);
  }

  @Override
  public Mono<R> upsert(R row) {
    return Mono.defer(() -> q.fetchOne(upsertOf(insertInto(table).row(row)).returning()));
  }

  @Override
  public Flux<R> upsertAll(List<? extends R> rows) {
    if (rows.isEmpty()) {
      return Flux.empty();
    }
    return Flux.defer(
        () ->
            q.fetch(
                upsertOf(insertInto(table).rowsUnnested(rows, q.db().config().typeRegistry()))
                    .returning()));
  }

  @Override
  public Mono<Boolean> deleteById(ID id) {
    return Mono.defer(() -> q.execute(deleting(key.eq(id))).map(n -> n > 0));
  }

  /** DELETE, or for soft delete UPDATE ... SET deleted_at = now(), of the live rows matching. */
  private io.pgorm.query.Statement deleting(Condition where) {
    if (deletedAt == null) {
      return deleteFrom(table).where(where);
    }
    return bumpVersion(Dsl.update(table).set(deletedAt, Functions.now())).where(where).where(live);
  }

  @Override
  public Mono<Boolean> delete(R row) {
    return Mono.defer(
        () -> {
          ID id = idOf(row);
          if (version == null) {
            return deleteById(id);
          }
          Object expected = values.get(row, versionIndex);
          return q.execute(
                  deleting(
                      key.eq(id).and(io.pgorm.query.expr.Comparison.EQ.apply(version, expected))))
              .flatMap(n -> n > 0 ? Mono.just(true) : conflict(id, expected).map(r -> true));
        });
  }

  @Override
  public Mono<Long> deleteAll(Condition filter) {
    return q.execute(deleting(filter));
  }

  @Override
  public String toString() {
    return "Repository[" + table.name() + "]";
  }
}
