package io.pgorm.query.repository;

import static io.pgorm.query.Dsl.selectFrom;

import io.pgorm.RowMapper;
import io.pgorm.query.QueryClient;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.internal.DefaultSelect;
import io.pgorm.query.mapping.Readers;
import io.pgorm.query.mapping.RecordMapper;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.mapping.ValueReader;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.RelationMeta;
import io.pgorm.query.meta.TableMeta;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads included relations for a batch of parent rows: per relation, one {@code = ANY($1)}
 * statement (for a composite key {@code (a, b) = ANY (SELECT ... FROM unnest($1, $2))}) per {@code
 * maxBatch} distinct keys (a many-to-many joins its join table in the same statement), then the
 * nested includes of all the loaded rows at once. The number of statements depends on the include
 * tree, not on the number of parents.
 */
final class Loader {

  /** A target row and the source key it belongs to. */
  private record Keyed<T>(Object key, T row) {}

  private final QueryClient q;
  private final int maxBatch;

  Loader(QueryClient q) {
    this.q = q;
    this.maxBatch = q.options().maxBatch();
  }

  <S> Mono<List<Loaded<S>>> load(List<S> rows, Include<S> include) {
    List<Loaded<S>> loaded = new ArrayList<>(rows.size());
    for (S row : rows) {
      loaded.add(new Loaded<>(row, relationsFor(include)));
    }
    return attach(loaded, include).thenReturn(loaded);
  }

  /** The map a row's relations go into: none to fill when nothing is included under it. */
  private static Map<String, List<Loaded<?>>> relationsFor(Include<?> include) {
    return include.branches().isEmpty() ? Map.of() : new HashMap<>(4);
  }

  private <S> Mono<Void> attach(List<Loaded<S>> parents, Include<S> include) {
    if (parents.isEmpty()) {
      return Mono.empty();
    }
    return Flux.fromIterable(include.branches()).concatMap(b -> branch(parents, b)).then();
  }

  /** The indexes of {@code columns} in {@code table}. */
  private static int[] indexes(TableMeta<?> table, List<? extends ColumnMeta<?, ?>> columns) {
    int[] out = new int[columns.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = table.columns().indexOf(columns.get(i));
    }
    return out;
  }

  /**
   * A row's join key: the value of a single column, the list of values of several; {@code null}
   * when a value is null (such a row relates to nothing).
   */
  private static <X> @Nullable Object keyOf(RecordValues<X> values, X row, int[] indexes) {
    if (indexes.length == 1) {
      return values.get(row, indexes[0]);
    }
    List<Object> parts = new ArrayList<>(indexes.length);
    for (int i : indexes) {
      Object v = values.get(row, i);
      if (v == null) {
        return null;
      }
      parts.add(v);
    }
    return parts;
  }

  /** {@code c = ANY($1)} for one column, {@code (a, b) = ANY (SELECT ... unnest(...))} for more. */
  private static Condition keyIn(List<? extends ColumnMeta<?, ?>> columns, List<Object> keys) {
    if (columns.size() == 1) {
      return Condition.anyOf(columns.get(0), keys);
    }
    List<List<?>> rows = new ArrayList<>(keys.size());
    for (Object k : keys) {
      rows.add((List<?>) k);
    }
    return Condition.rowIn(columns, rows);
  }

  private <S, T> Mono<Void> branch(List<Loaded<S>> parents, Include.Branch<S, T> branch) {
    RelationMeta<S, T> rel = branch.relation();
    int[] sourceIndexes = indexes(rel.source(), rel.sourceColumns());
    RecordValues<S> source = RecordValues.of(rel.source());
    Set<Object> keys = new LinkedHashSet<>();
    for (Loaded<S> p : parents) {
      Object k = keyOf(source, p.row(), sourceIndexes);
      if (k != null) {
        keys.add(k);
      }
    }
    List<List<Object>> chunks = new ArrayList<>();
    List<Object> all = new ArrayList<>(keys);
    for (int i = 0; i < all.size(); i += maxBatch) {
      chunks.add(all.subList(i, Math.min(all.size(), i + maxBatch)));
    }
    return Flux.fromIterable(chunks)
        .concatMap(chunk -> q.fetch(targets(rel, chunk)))
        .collectList()
        .flatMap(
            targets -> {
              Map<Object, List<Loaded<?>>> byKey = new HashMap<>();
              List<Loaded<T>> children = new ArrayList<>(targets.size());
              for (Keyed<T> t : targets) {
                Loaded<T> child = new Loaded<>(t.row(), relationsFor(branch.nested()));
                children.add(child);
                byKey.computeIfAbsent(t.key(), k -> new ArrayList<>()).add(child);
              }
              for (Loaded<S> p : parents) {
                Object k = keyOf(source, p.row(), sourceIndexes);
                List<Loaded<?>> mine = k == null ? null : byKey.get(k);
                p.relations().put(rel.name(), mine == null ? List.of() : List.copyOf(mine));
              }
              return attach(children, branch.nested());
            });
  }

  /** The target rows of {@code keys}, each with the source key it belongs to. */
  private <S, T> Select<Keyed<T>> targets(RelationMeta<S, T> rel, List<Object> keys) {
    TableMeta<T> target = rel.target();
    List<SortField> order = new ArrayList<>();
    for (ColumnMeta<T, ?> pk : target.primaryKey()) {
      order.add(pk.asc());
    }
    RelationMeta.Through<?> through = rel.through();
    if (through == null) {
      int[] targetIndexes = indexes(target, rel.targetColumns());
      RecordValues<T> values = RecordValues.of(target);
      RowMapper<T> rows = io.pgorm.query.internal.Projections.table(target);
      RowMapper<Keyed<T>> mapper =
          (row, meta) -> {
            T t = rows.map(row, meta);
            return new Keyed<>(Objects.requireNonNull(keyOf(values, t, targetIndexes)), t);
          };
      Select<T> base = selectFrom(target).where(keyIn(rel.targetColumns(), keys)).orderBy(order);
      return new DefaultSelect<>(base.node(), mapper);
    }
    return viaJoinTable(rel, through, keys, order);
  }

  /**
   * Target rows joined to the join table, selecting the join table's source columns first (the key
   * each row belongs to), then the target's columns.
   */
  private <S, T, J> Select<Keyed<T>> viaJoinTable(
      RelationMeta<S, T> rel,
      RelationMeta.Through<J> through,
      List<Object> keys,
      List<SortField> order) {
    TableMeta<T> target = rel.target();
    List<ColumnMeta<J, ?>> sourceKeys = through.sourceColumns();
    int n = sourceKeys.size();
    List<Expr<?>> items = new ArrayList<>(sourceKeys);
    List<Type> types = new ArrayList<>();
    for (ColumnMeta<T, ?> c : target.columns()) {
      items.add(c);
      types.add(c.javaType());
    }
    List<ValueReader<?>> keyReaders = new ArrayList<>(n);
    for (ColumnMeta<J, ?> c : sourceKeys) {
      keyReaders.add(Readers.of(c.javaType()));
    }
    RecordMapper<T> rows = RecordMapper.positional(target.recordType(), types, n);
    RowMapper<Keyed<T>> mapper =
        (row, meta) -> {
          Object key;
          if (n == 1) {
            key = keyReaders.get(0).read(row, 0);
          } else {
            List<Object> parts = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
              parts.add(Objects.requireNonNull(keyReaders.get(i).read(row, i)));
            }
            key = parts;
          }
          return new Keyed<>(Objects.requireNonNull(key), rows.map(row, meta));
        };
    List<Condition> on = new ArrayList<>();
    for (int j = 0; j < through.targetColumns().size(); j++) {
      on.add(
          io.pgorm.query.expr.Comparison.EQ.apply(
              through.targetColumns().get(j), rel.targetColumns().get(j)));
    }
    Select<Keyed<T>> select = new DefaultSelect<>(SelectNode.of(items), mapper);
    return select
        .from(target)
        .join(TableRef.of(through.table()), Condition.all(on))
        .where(keyIn(sourceKeys, keys))
        .orderBy(order);
  }
}
