package io.pgorm.query.repository;

import io.pgorm.query.expr.Comparison;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.RowValue;
import io.pgorm.query.expr.SortField;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Keyset pagination over columns of one table: the condition "sorts after these keys" and the
 * cursor of a row. All ascending (or all descending) sorts use a row comparison, {@code (a, b) >
 * ($1, $2)}, which an index on {@code (a, b)} serves; mixed directions expand to {@code a > $1 OR
 * (a = $1 AND b < $2)}.
 */
final class Keyset<R> {

  private final List<SortField> sort;
  private final List<ColumnMeta<R, ?>> columns = new ArrayList<>();
  private final List<Integer> indexes = new ArrayList<>();

  Keyset(TableMeta<R> table, List<SortField> sort) {
    this.sort = List.copyOf(sort);
    for (SortField s : sort) {
      int i = table.columns().indexOf(s.expr());
      if (i < 0) {
        throw new IllegalArgumentException(
            "keyset pagination sorts by columns of "
                + table.name()
                + ", not by "
                + s.expr()
                + ". Hint: use findPage with a PageRequest (OFFSET) for computed orders");
      }
      columns.add(table.columns().get(i));
      indexes.add(i);
    }
  }

  List<SortField> sort() {
    return sort;
  }

  Condition after(Cursor cursor) {
    List<@Nullable String> keys = cursor.keys();
    if (keys.size() != sort.size()) {
      throw new IllegalArgumentException(
          "the cursor has "
              + keys.size()
              + " keys but the sort has "
              + sort.size()
              + " columns. Hint: page with the same sort that made the cursor");
    }
    List<Expr<?>> params = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      ColumnMeta<R, ?> c = columns.get(i);
      String key = keys.get(i);
      if (key == null) {
        throw new IllegalArgumentException(
            "the cursor's key for "
                + c
                + " is NULL; keyset pagination needs sort columns without NULLs. Hint: sort by"
                + " coalesce() in a query of your own, or page by OFFSET");
      }
      params.add(Param.like(c, KeyText.read(key, c.javaType(), c.toString())));
    }
    boolean descending = sort.get(0).descending();
    boolean uniform = sort.stream().allMatch(s -> s.descending() == descending);
    if (uniform) {
      Comparison op = descending ? Comparison.LT : Comparison.GT;
      return op.apply(new RowValue(new ArrayList<>(columns)), new RowValue(params));
    }
    List<Condition> any = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      List<Condition> all = new ArrayList<>();
      for (int j = 0; j < i; j++) {
        all.add(Comparison.EQ.apply(columns.get(j), params.get(j)));
      }
      Comparison op = sort.get(i).descending() ? Comparison.LT : Comparison.GT;
      all.add(op.apply(columns.get(i), params.get(i)));
      any.add(Condition.all(all));
    }
    return Condition.any(any);
  }

  Cursor cursorOf(R row, RecordValues<R> values) {
    List<@Nullable String> keys = new ArrayList<>();
    for (int i : indexes) {
      keys.add(KeyText.write(values.get(row, i)));
    }
    return new Cursor(keys);
  }
}
