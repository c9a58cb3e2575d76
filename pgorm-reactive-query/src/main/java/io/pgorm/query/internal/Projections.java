package io.pgorm.query.internal;

import io.pgorm.RowMapper;
import io.pgorm.query.Row2;
import io.pgorm.query.Row3;
import io.pgorm.query.Row4;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.mapping.Readers;
import io.pgorm.query.mapping.RecordMapper;
import io.pgorm.query.mapping.ValueReader;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Row mappers for select lists, built when the query is built (never per row). */
public final class Projections {

  private record Cached(TableMeta<?> table, RecordMapper<?> mapper) {}

  // Keyed by record class: hashing a TableMeta walks all its columns.
  private static final Map<Class<?>, Cached> TABLES = new ConcurrentHashMap<>();

  private Projections() {}

  /** The mapper of a table's whole row, columns in table order; one per table, cached. */
  @SuppressWarnings("unchecked") // the cache maps each table to a mapper of its own record type
  public static <R> RecordMapper<R> table(TableMeta<R> table) {
    Cached c = TABLES.get(table.recordType());
    if (c == null || (c.table() != table && !c.table().equals(table))) {
      c = new Cached(table, tableMapper(table, 0));
      TABLES.put(table.recordType(), c);
    }
    return (RecordMapper<R>) c.mapper();
  }

  /** A mapper of a table's row at columns {@code offset...}. */
  public static <R> RecordMapper<R> tableMapper(TableMeta<R> table, int offset) {
    List<Type> types = new ArrayList<>();
    for (ColumnMeta<R, ?> c : table.columns()) {
      types.add(c.javaType());
    }
    return RecordMapper.positional(table.recordType(), types, offset);
  }

  /** The table's columns as a select list. */
  public static List<Expr<?>> columns(TableMeta<?> table) {
    return new ArrayList<>(table.columns());
  }

  /** One value per row. */
  public static <A> RowMapper<A> single(Expr<A> expr) {
    ValueReader<A> reader = reader(expr);
    return (row, meta) -> {
      A value = reader.read(row, 0);
      if (value == null) {
        throw new NullPointerException(
            "the selected value "
                + io.pgorm.query.render.Renderer.sqlOf(expr)
                + " is NULL in a row, and a Flux cannot emit null. Hint: filter NULLs out"
                + " (isNotNull()), use coalesce(), or select into a record or Row2");
      }
      return value;
    };
  }

  public static <A, B> RowMapper<Row2<A, B>> row2(Expr<A> a, Expr<B> b) {
    ValueReader<A> ra = reader(a);
    ValueReader<B> rb = reader(b);
    return (row, meta) -> new Row2<>(ra.read(row, 0), rb.read(row, 1));
  }

  public static <A, B, C> RowMapper<Row3<A, B, C>> row3(Expr<A> a, Expr<B> b, Expr<C> c) {
    ValueReader<A> ra = reader(a);
    ValueReader<B> rb = reader(b);
    ValueReader<C> rc = reader(c);
    return (row, meta) -> new Row3<>(ra.read(row, 0), rb.read(row, 1), rc.read(row, 2));
  }

  public static <A, B, C, D> RowMapper<Row4<A, B, C, D>> row4(
      Expr<A> a, Expr<B> b, Expr<C> c, Expr<D> d) {
    ValueReader<A> ra = reader(a);
    ValueReader<B> rb = reader(b);
    ValueReader<C> rc = reader(c);
    ValueReader<D> rd = reader(d);
    return (row, meta) ->
        new Row4<>(ra.read(row, 0), rb.read(row, 1), rc.read(row, 2), rd.read(row, 3));
  }

  /** Maps the columns, in order, to {@code type}'s constructor. */
  public static <P> RowMapper<P> into(Class<P> type, List<? extends Expr<?>> exprs) {
    List<Type> types = new ArrayList<>();
    for (Expr<?> e : exprs) {
      types.add(e.javaType());
    }
    return RecordMapper.positional(type, types, 0);
  }

  @SuppressWarnings("unchecked") // the reader reads values of the expression's own Java type
  static <A> ValueReader<A> reader(Expr<A> expr) {
    return (ValueReader<A>) Readers.of(expr.javaType());
  }
}
