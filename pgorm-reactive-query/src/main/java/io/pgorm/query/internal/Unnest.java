package io.pgorm.query.internal;

import io.pgorm.query.Dsl;
import io.pgorm.query.expr.Call;
import io.pgorm.query.expr.ColumnRef;
import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Expr;
import io.pgorm.query.expr.FromItem;
import io.pgorm.query.expr.FunctionName;
import io.pgorm.query.expr.FunctionTable;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.SelectNode;
import io.pgorm.query.expr.SqlType;
import io.pgorm.query.expr.Values;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypeRegistry;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a batch insert as one array parameter per column: {@code SELECT u.c1, u.c2 FROM
 * unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS u(c1, c2, n) ORDER BY u.n}. The SQL depends on
 * the columns only, so every batch size shares one prepared statement, and there is no limit on
 * rows (multi-row VALUES stops at 65,535 parameters).
 */
final class Unnest {

  /** Java classes the driver binds as arrays of the column's type. */
  private static final Set<Class<?>> NATIVE =
      Set.of(
          String.class,
          Long.class,
          Integer.class,
          Short.class,
          Boolean.class,
          UUID.class,
          BigDecimal.class,
          Double.class,
          Float.class,
          OffsetDateTime.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class);

  private Unnest() {}

  /** The columns a batch of records writes: not generated, and not defaulted-and-null in all. */
  static <R> List<Integer> columns(TableMeta<R> table, List<? extends R> rows) {
    RecordValues<R> values = RecordValues.of(table);
    List<Integer> out = new ArrayList<>();
    List<ColumnMeta<R, ?>> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      ColumnMeta<R, ?> c = columns.get(i);
      if (c.generated()) {
        continue;
      }
      int nulls = 0;
      for (R r : rows) {
        if (values.get(r, i) == null) {
          nulls++;
        }
      }
      if (c.defaulted() && nulls == rows.size()) {
        continue;
      }
      if (c.defaulted() && nulls > 0) {
        throw new IllegalArgumentException(
            "column "
                + c
                + " has a default but is null in "
                + nulls
                + " of "
                + rows.size()
                + " rows; a batch gives a column in every row or in none. Hint: split the batch"
                + " or fill in the values");
      }
      out.add(i);
    }
    return out;
  }

  /** The SELECT over unnest of the rows' values of {@code indexes}. */
  static <R> SelectNode select(
      TableMeta<R> table, List<Integer> indexes, List<? extends R> rows, TypeRegistry types) {
    RecordValues<R> values = RecordValues.of(table);
    List<Expr<?>> arrays = new ArrayList<>();
    List<Expr<?>> items = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int k = 0; k < indexes.size(); k++) {
      ColumnMeta<R, ?> c = table.columns().get(indexes.get(k));
      SqlType type = SqlType.parse(c.sqlType()).withoutModifiers();
      String name = "c" + (k + 1);
      names.add(name);
      Class<?> raw = Values.rawClass(c.javaType());
      Expr<?> item = new ColumnRef<>("u", name, c.javaType(), c.sqlType());
      Object array;
      SqlType arrayType;
      if (type.dimensions() == 0 && NATIVE.contains(raw)) {
        array = Array.newInstance(raw, rows.size());
        for (int r = 0; r < rows.size(); r++) {
          Array.set(array, r, values.get(rows.get(r), indexes.get(k)));
        }
        arrayType = type.arrayOf();
      } else if (type.dimensions() == 0 && raw.isEnum()) {
        array = texts(values, rows, indexes.get(k), c, types);
        arrayType = type.arrayOf();
      } else {
        // Arrays (unnest would flatten them), JSON and other types travel as text, cast per row.
        array = texts(values, rows, indexes.get(k), c, types);
        arrayType = new SqlType(null, "text", 1);
        item = Dsl.cast(item, type.toString(), c.javaType());
      }
      arrays.add(Param.typed(array, arrayType.toString(), Object[].class));
      items.add(item);
    }
    names.add("n");
    Call<Object> unnest = Call.of(FunctionName.builtIn("unnest"), Object.class, null, arrays);
    FromItem from = new FunctionTable(unnest, "u", names, true, false);
    return new SelectNode(
        List.of(),
        false,
        false,
        List.of(),
        items,
        List.of(from),
        List.of(),
        Condition.none(),
        List.of(),
        Condition.none(),
        List.of(new ColumnRef<>("u", "n", Long.class, "bigint").asc()),
        null,
        null,
        List.of());
  }

  private static <R> @Nullable String[] texts(
      RecordValues<R> values,
      List<? extends R> rows,
      int index,
      ColumnMeta<R, ?> c,
      TypeRegistry types) {
    @Nullable String[] out = new String[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      out[r] = text(values.get(rows.get(r), index), c, types);
    }
    return out;
  }

  private static @Nullable String text(@Nullable Object v, ColumnMeta<?, ?> c, TypeRegistry types) {
    if (v == null) {
      return null;
    }
    if (v instanceof Enum<?> e) {
      return Values.label(e);
    }
    Object value = v;
    if (v instanceof List<?> list && Values.elementClass(c.javaType()).isEnum()) {
      List<@Nullable Object> labels = new ArrayList<>();
      for (Object o : list) {
        labels.add(o == null ? null : Values.label((Enum<?>) o));
      }
      value = labels;
    }
    String type = c.sqlType();
    if (value != v && SqlType.parse(type).schema() != null) {
      type = "text[]"; // labels of an unregistered enum array
    }
    try {
      return types.formatText(type, value);
    } catch (TypeMappingException e) {
      if (value instanceof List<?> || value instanceof Record) {
        throw e;
      }
      return value.toString();
    }
  }
}
