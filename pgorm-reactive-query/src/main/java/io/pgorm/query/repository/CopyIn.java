package io.pgorm.query.repository;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.pgorm.PgOrm;
import io.pgorm.query.expr.Values;
import io.pgorm.query.mapping.RecordValues;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.query.render.Quoting;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypeRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The bulk-load path: {@code COPY t (columns) FROM STDIN} in the text format, rows encoded in
 * frames of {@value #ROWS_PER_FRAME}. Fastest for loading many rows, but without RETURNING, ON
 * CONFLICT or defaults for columns that are written.
 */
final class CopyIn<R> {

  static final int ROWS_PER_FRAME = 1000;

  private final TableMeta<R> table;
  private final RecordValues<R> values;

  CopyIn(TableMeta<R> table) {
    this.table = table;
    this.values = RecordValues.of(table);
  }

  /**
   * The columns written: not generated, and not a defaulted column that is null in every row of the
   * first frame (those get their defaults).
   */
  List<Integer> columns(List<? extends R> first) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < table.columns().size(); i++) {
      ColumnMeta<R, ?> c = table.columns().get(i);
      if (c.generated()) {
        continue;
      }
      boolean given = !c.defaulted();
      for (int r = 0; r < first.size() && !given; r++) {
        given = values.get(first.get(r), i) != null;
      }
      if (given) {
        out.add(i);
      }
    }
    return out;
  }

  String sql(List<Integer> indexes) {
    StringBuilder b = new StringBuilder("COPY ");
    b.append(Quoting.ident(table.name().schema())).append('.');
    b.append(Quoting.ident(table.name().name())).append(" (");
    for (int k = 0; k < indexes.size(); k++) {
      if (k > 0) {
        b.append(", ");
      }
      b.append(Quoting.ident(table.columns().get(indexes.get(k)).name()));
    }
    return b.append(") FROM STDIN").toString();
  }

  Mono<Long> copy(PgOrm db, Flux<? extends R> rows) {
    TypeRegistry types = db.config().typeRegistry();
    return rows.buffer(ROWS_PER_FRAME)
        .switchOnFirst(
            (first, frames) -> {
              if (!first.hasValue()) {
                return frames.then(Mono.just(0L));
              }
              List<Integer> indexes = columns(first.get());
              // Through the core client's Sql: the COPY joins the current transaction and is
              // timed and counted in the statement meters like any statement.
              return db.sql(sql(indexes))
                  .copyIn(
                      frames.map(batch -> Mono.fromSupplier(() -> encode(batch, indexes, types))));
            })
        .next();
  }

  private ByteBuf encode(List<? extends R> batch, List<Integer> indexes, TypeRegistry types) {
    StringBuilder b = new StringBuilder(batch.size() * 64);
    for (R row : batch) {
      int next = 0;
      for (int i = 0; i < table.columns().size(); i++) {
        ColumnMeta<R, ?> c = table.columns().get(i);
        Object v = values.get(row, i);
        if (next < indexes.size() && indexes.get(next) == i) {
          if (next > 0) {
            b.append('\t');
          }
          String text = text(v, c, types);
          if (text == null) {
            b.append("\\N");
          } else {
            escape(b, text);
          }
          next++;
        } else if (v != null && !c.generated()) {
          throw new IllegalArgumentException(
              "column "
                  + c
                  + " was left out of the COPY (null in every row of its first "
                  + ROWS_PER_FRAME
                  + "), but a later row has a value: "
                  + row
                  + ". Hint: give the column in the first rows too, or use insertAll");
        }
      }
      b.append('\n');
    }
    return Unpooled.wrappedBuffer(b.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable String text(@Nullable Object v, ColumnMeta<?, ?> c, TypeRegistry types) {
    if (v == null) {
      return null;
    }
    if (v instanceof Enum<?> e) {
      return Values.label(e);
    }
    if (v instanceof String s) {
      return s;
    }
    Object value = v;
    String type = c.sqlType();
    if (v instanceof List<?> list && Values.elementClass(c.javaType()).isEnum()) {
      List<@Nullable Object> labels = new ArrayList<>();
      for (Object o : list) {
        labels.add(o == null ? null : Values.label((Enum<?>) o));
      }
      value = labels;
      type = "text[]";
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

  /** COPY text format: backslash, tab, newline and carriage return are escaped. */
  private static void escape(StringBuilder b, String s) {
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      switch (ch) {
        case '\\' -> b.append("\\\\");
        case '\t' -> b.append("\\t");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(ch);
      }
    }
  }
}
