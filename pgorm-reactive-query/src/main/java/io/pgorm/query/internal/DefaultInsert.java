package io.pgorm.query.internal;

import io.pgorm.query.Fetchable;
import io.pgorm.query.Insert;
import io.pgorm.query.Select;
import io.pgorm.query.expr.Assignment;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Cte;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.InsertNode;
import io.pgorm.query.expr.Keywords;
import io.pgorm.query.expr.OnConflict;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.QueryNode;
import io.pgorm.query.expr.TableRef;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The {@link Insert}: a tree plus the record-typed target; every step copies. */
public final class DefaultInsert<R> implements Insert.ConflictUpdate<R>, Insert.Conflict<R> {

  private final TableRef<R> table;
  private final InsertNode node;
  private final List<R> records;
  // The conflict target between onConflict(...) and the choice of action.
  private final @Nullable OnConflict pending;

  private DefaultInsert(
      TableRef<R> table, InsertNode node, List<R> records, @Nullable OnConflict pending) {
    this.table = table;
    this.node = node;
    this.records = records;
    this.pending = pending;
  }

  public static <R> Insert<R> into(TableRef<R> table) {
    return new DefaultInsert<>(
        table,
        new InsertNode(List.of(), false, table, List.of(), List.of(), null, null, List.of()),
        List.of(),
        null);
  }

  @Override
  public InsertNode node() {
    return node;
  }

  private DefaultInsert<R> copy(
      List<ColumnMeta<?, ?>> columns,
      List<List<Expr<?>>> rows,
      @Nullable QueryNode query,
      @Nullable OnConflict onConflict,
      List<Cte> with,
      List<R> records) {
    return new DefaultInsert<>(
        table,
        new InsertNode(with, node.recursive(), table, columns, rows, query, onConflict, List.of()),
        records,
        null);
  }

  private DefaultInsert<R> withConflict(OnConflict onConflict) {
    return copy(node.columns(), node.rows(), node.query(), onConflict, node.with(), records);
  }

  @Override
  public <T> Insert<R> set(ColumnMeta<R, T> column, @Nullable T value) {
    return set(column, Param.<T>like(column, value));
  }

  @Override
  public <T> Insert<R> set(ColumnMeta<R, T> column, Expr<T> value) {
    Objects.requireNonNull(value, "value");
    if (node.query() != null || node.rows().size() > 1 || !records.isEmpty()) {
      throw new IllegalStateException(
          "set() builds a single row; this INSERT into "
              + table.table().name()
              + " already has rows or a query");
    }
    requireOwn(column);
    List<ColumnMeta<?, ?>> columns = new ArrayList<>(node.columns());
    List<Expr<?>> row = new ArrayList<>(node.rows().isEmpty() ? List.of() : node.rows().get(0));
    int at = columns.indexOf(column);
    if (at >= 0) {
      row.set(at, value);
    } else {
      columns.add(column);
      row.add(value);
    }
    return copy(columns, List.of(row), null, node.onConflict(), node.with(), records);
  }

  private void requireOwn(ColumnMeta<?, ?> column) {
    if (!table.table().columns().contains(column)) {
      throw new IllegalArgumentException(
          "column " + column + " is not a column of table " + table.table().name());
    }
  }

  @Override
  public Insert<R> row(R row) {
    return rows(List.of(row));
  }

  @Override
  public Insert<R> rows(List<? extends R> rows) {
    if (node.query() != null || (records.isEmpty() && !node.rows().isEmpty())) {
      throw new IllegalStateException(
          "row()/rows() cannot follow set() or fromSelect() in this INSERT into "
              + table.table().name());
    }
    List<R> all = new ArrayList<>(records);
    for (R r : rows) {
      all.add(Objects.requireNonNull(r, "row"));
    }
    RecordValues<R> values = RecordValues.of(table.table());
    List<ColumnMeta<R, ?>> tableColumns = table.table().columns();
    List<ColumnMeta<?, ?>> columns = new ArrayList<>();
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < tableColumns.size(); i++) {
      ColumnMeta<R, ?> c = tableColumns.get(i);
      if (c.generated()) {
        continue;
      }
      boolean given = !c.defaulted();
      for (int r = 0; r < all.size() && !given; r++) {
        given = values.get(all.get(r), i) != null;
      }
      if (given) {
        columns.add(c);
        indexes.add(i);
      }
    }
    List<List<Expr<?>>> exprRows = new ArrayList<>(all.size());
    for (R r : all) {
      List<Expr<?>> row = new ArrayList<>(columns.size());
      for (int k = 0; k < columns.size(); k++) {
        ColumnMeta<?, ?> c = columns.get(k);
        Object v = values.get(r, indexes.get(k));
        row.add(v == null && c.defaulted() ? Keywords.defaultValue() : Param.like(c, v));
      }
      exprRows.add(row);
    }
    return copy(columns, exprRows, null, node.onConflict(), node.with(), all);
  }

  @Override
  public Insert<R> rowsUnnested(List<? extends R> rows, io.pgorm.types.TypeRegistry types) {
    if (!node.rows().isEmpty() || node.query() != null) {
      throw new IllegalStateException(
          "rowsUnnested() cannot follow set(), rows() or fromSelect() in this INSERT into "
              + table.table().name());
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("rowsUnnested() needs at least one row");
    }
    List<Integer> indexes = Unnest.columns(table.table(), rows);
    List<ColumnMeta<?, ?>> columns = new ArrayList<>();
    for (int i : indexes) {
      columns.add(table.table().columns().get(i));
    }
    return copy(
        columns,
        List.of(),
        Unnest.select(table.table(), indexes, rows, types),
        node.onConflict(),
        node.with(),
        List.of());
  }

  @Override
  public Insert<R> fromSelect(List<ColumnMeta<R, ?>> columns, Select<?> query) {
    if (!node.rows().isEmpty()) {
      throw new IllegalStateException(
          "fromSelect() cannot follow set() or rows() in this INSERT into " + table.table().name());
    }
    columns.forEach(this::requireOwn);
    return copy(
        new ArrayList<>(columns), List.of(), query.node(), node.onConflict(), node.with(), records);
  }

  @Override
  public Insert<R> onConflictDoNothing() {
    return withConflict(new OnConflict(List.of(), null, true, List.of(), Condition.none()));
  }

  @Override
  public Conflict<R> onConflict(List<ColumnMeta<R, ?>> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("onConflict() needs at least one column");
    }
    columns.forEach(this::requireOwn);
    return new DefaultInsert<>(
        table,
        node,
        records,
        new OnConflict(new ArrayList<>(columns), null, true, List.of(), Condition.none()));
  }

  @Override
  public Conflict<R> onConflictOnConstraint(String constraint) {
    return new DefaultInsert<>(
        table,
        node,
        records,
        new OnConflict(List.of(), constraint, true, List.of(), Condition.none()));
  }

  private OnConflict target() {
    if (pending == null) {
      throw new IllegalStateException("choose a conflict target first: onConflict(...)");
    }
    return pending;
  }

  @Override
  public Insert<R> doNothing() {
    OnConflict t = target();
    return withConflict(new OnConflict(t.columns(), t.constraint(), true, List.of(), t.where()));
  }

  @Override
  public <T> ConflictUpdate<R> doUpdateSet(ColumnMeta<R, T> column, Expr<T> value) {
    OnConflict t = target();
    requireOwn(column);
    return withConflict(
        new OnConflict(
            t.columns(),
            t.constraint(),
            false,
            List.of(new Assignment(column, value)),
            Condition.none()));
  }

  @Override
  public ConflictUpdate<R> doUpdateSetExcluded(List<ColumnMeta<R, ?>> columns) {
    OnConflict t = target();
    List<Assignment> set = new ArrayList<>();
    for (ColumnMeta<R, ?> c : columns) {
      requireOwn(c);
      set.add(new Assignment(c, io.pgorm.query.Dsl.excluded(c)));
    }
    return withConflict(new OnConflict(t.columns(), t.constraint(), false, set, Condition.none()));
  }

  private OnConflict update() {
    OnConflict c = node.onConflict();
    if (c == null || c.doNothing()) {
      throw new IllegalStateException("andSet()/where() follow doUpdateSet(...)");
    }
    return c;
  }

  @Override
  public <T> ConflictUpdate<R> andSet(ColumnMeta<R, T> column, Expr<T> value) {
    OnConflict c = update();
    requireOwn(column);
    List<Assignment> set = new ArrayList<>(c.set());
    set.add(new Assignment(column, value));
    return withConflict(new OnConflict(c.columns(), c.constraint(), false, set, c.where()));
  }

  @Override
  public ConflictUpdate<R> where(Condition condition) {
    OnConflict c = update();
    return withConflict(
        new OnConflict(c.columns(), c.constraint(), false, c.set(), c.where().and(condition)));
  }

  @Override
  public Insert<R> with(Cte... ctes) {
    List<Cte> all = new ArrayList<>(node.with());
    all.addAll(Arrays.asList(ctes));
    return copy(node.columns(), node.rows(), node.query(), node.onConflict(), all, records);
  }

  private InsertNode returningNode(List<Expr<?>> items) {
    return new InsertNode(
        node.with(),
        node.recursive(),
        table,
        node.columns(),
        node.rows(),
        node.query(),
        node.onConflict(),
        items);
  }

  @Override
  public Fetchable<R> returning() {
    return new DefaultFetchable<>(returningNode(Returning.all(table)), Returning.allMapper(table));
  }

  @Override
  public <T> Fetchable<T> returning(Expr<T> expr) {
    return new DefaultFetchable<>(returningNode(List.of(expr)), Projections.single(expr));
  }

  @Override
  public <P> Fetchable<P> returning(Class<P> type, Expr<?>... exprs) {
    List<Expr<?>> items = Arrays.asList(exprs);
    return new DefaultFetchable<>(returningNode(items), Projections.into(type, items));
  }

  @Override
  public String toString() {
    return "Insert[" + toSql().sql() + "]";
  }
}
