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
import java.util.Set;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Loads included relations for a batch of parent rows: per relation, one {@code = ANY($1)}
 * statement per {@code maxBatch} distinct keys (a many-to-many joins its join table in the same
 * statement), then the nested includes of all the loaded rows at once. The number of statements
 * depends on the include tree, not on the number of parents.
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

  private static int single(
      RelationMeta<?, ?> rel, TableMeta<?> table, List<? extends ColumnMeta<?, ?>> columns) {
    if (columns.size() != 1) {
      throw new IllegalArgumentException(
          "relation " + rel + " joins on " + columns.size() + " columns; including it needs one");
    }
    return table.columns().indexOf(columns.get(0));
  }

  private <S, T> Mono<Void> branch(List<Loaded<S>> parents, Include.Branch<S, T> branch) {
    RelationMeta<S, T> rel = branch.relation();
    int sourceIndex = single(rel, rel.source(), rel.sourceColumns());
    RecordValues<S> source = RecordValues.of(rel.source());
    Set<Object> keys = new LinkedHashSet<>();
    for (Loaded<S> p : parents) {
      Object k = source.get(p.row(), sourceIndex);
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
                Object k = source.get(p.row(), sourceIndex);
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
      int targetIndex = single(rel, target, rel.targetColumns());
      RecordValues<T> values = RecordValues.of(target);
      RowMapper<T> rows = io.pgorm.query.internal.Projections.table(target);
      RowMapper<Keyed<T>> mapper =
          (row, meta) -> {
            T t = rows.map(row, meta);
            return new Keyed<>(java.util.Objects.requireNonNull(values.get(t, targetIndex)), t);
          };
      Select<T> base =
          selectFrom(target)
              .where(Condition.anyOf(rel.targetColumns().get(0), keys))
              .orderBy(order);
      return new DefaultSelect<>(base.node(), mapper);
    }
    return viaJoinTable(rel, through, keys, order);
  }

  private <S, T, J> Select<Keyed<T>> viaJoinTable(
      RelationMeta<S, T> rel,
      RelationMeta.Through<J> through,
      List<Object> keys,
      List<SortField> order) {
    TableMeta<T> target = rel.target();
    single(rel, through.table(), through.sourceColumns());
    single(rel, target, rel.targetColumns());
    ColumnMeta<J, ?> sourceKey = through.sourceColumns().get(0);
    ColumnMeta<J, ?> targetKey = through.targetColumns().get(0);
    List<Expr<?>> items = new ArrayList<>();
    items.add(sourceKey);
    List<Type> types = new ArrayList<>();
    for (ColumnMeta<T, ?> c : target.columns()) {
      items.add(c);
      types.add(c.javaType());
    }
    ValueReader<?> key = Readers.of(sourceKey.javaType());
    RecordMapper<T> rows = RecordMapper.positional(target.recordType(), types, 1);
    RowMapper<Keyed<T>> mapper =
        (row, meta) ->
            new Keyed<>(java.util.Objects.requireNonNull(key.read(row, 0)), rows.map(row, meta));
    Select<Keyed<T>> select = new DefaultSelect<>(SelectNode.of(items), mapper);
    return select
        .from(target)
        .join(
            TableRef.of(through.table()),
            io.pgorm.query.expr.Comparison.EQ.apply(targetKey, rel.targetColumns().get(0)))
        .where(Condition.anyOf(sourceKey, keys))
        .orderBy(order);
  }
}
