package io.pgorm.listen.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.pgorm.listen.ChangeEvent;
import io.pgorm.listen.log.ChangeRecord;
import io.pgorm.query.expr.Values;
import io.pgorm.query.mapping.EnumLabels;
import io.pgorm.query.mapping.TableRecords;
import io.pgorm.query.meta.ColumnMeta;
import io.pgorm.query.meta.TableMeta;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypeRegistry;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Turns a row as {@code to_jsonb} wrote it into a table's record, column by column through the type
 * registry's JSON-form decoders, so that each value equals what a query returns. Enums (and lists
 * of enums) map labels to constants as the query layer's readers do, so generated enums need not be
 * registered with the registry. Built once per table; thread-safe.
 *
 * @param <T> the record type
 */
public final class RowDecoder<T> {

  private final TableMeta<T> table;
  private final MethodHandle constructor;
  private final List<ColumnMeta<T, ?>> columns;
  private final List<Function<JsonNode, @Nullable Object>> decoders;

  public RowDecoder(TableMeta<T> table, TypeRegistry registry) {
    this.table = table;
    this.columns = table.columns();
    this.constructor = TableRecords.constructor(table);
    this.decoders = new ArrayList<>();
    for (ColumnMeta<T, ?> column : columns) {
      decoders.add(decoder(column, registry));
    }
  }

  /**
   * {@code change} with its rows decoded: the one conversion of the typed streams, durable
   * consumers and hooks.
   *
   * @throws IllegalStateException as {@link #decode}
   */
  public ChangeEvent<T> event(ChangeRecord change) {
    JsonNode before = change.oldRow();
    JsonNode after = change.newRow();
    return new ChangeEvent<>(
        change.operation(),
        before == null ? null : decode(before),
        after == null ? null : decode(after),
        change.id(),
        change.position(),
        table.name(),
        change.transactionId(),
        change.loggedAt());
  }

  /**
   * The record of {@code json}; a column the JSON lacks (a log row written before the column was
   * added) is {@code null}, a key no column has is ignored. A JSON null is {@code null}, also for a
   * json/jsonb column holding the JSON document {@code null} (which a query reads as {@code
   * NullNode}): the logged row cannot tell the two apart.
   *
   * @throws IllegalStateException naming the table and column whose value does not decode
   */
  public T decode(JsonNode json) {
    @Nullable Object[] args = new Object[columns.size()];
    for (int i = 0; i < args.length; i++) {
      ColumnMeta<T, ?> column = columns.get(i);
      JsonNode value = json.get(column.name());
      // JSON null is SQL NULL: to_jsonb writes both a NULL json/jsonb column and one holding the
      // document `null` as null, and NULL is the common case.
      if (value == null || value.isMissingNode() || value.isNull()) {
        continue;
      }
      try {
        args[i] = decoders.get(i).apply(value);
      } catch (RuntimeException e) {
        throw new IllegalStateException(
            "cannot decode column "
                + column
                + " ("
                + column.sqlType()
                + ") of a change-log row: "
                + e.getMessage(),
            e);
      }
    }
    try {
      return table.recordType().cast((Object) constructor.invokeExact(args));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot make a " + table.recordType().getName() + " of " + Arrays.toString(args), e);
    } catch (Throwable t) {
      throw new IllegalStateException("constructor of " + table.recordType().getName(), t);
    }
  }

  private static Function<JsonNode, @Nullable Object> decoder(
      ColumnMeta<?, ?> column, TypeRegistry registry) {
    Type type = column.javaType();
    Class<?> raw = Values.rawClass(type);
    if (raw.isEnum()) {
      EnumLabels labels = EnumLabels.of(raw);
      return json -> json.isNull() ? null : labels.constant(json.asText());
    }
    if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
      Class<?> element = Values.elementClass(type);
      if (element.isEnum()) {
        EnumLabels labels = EnumLabels.of(element);
        return json -> {
          if (json.isNull()) {
            return null;
          }
          List<@Nullable Object> out = new ArrayList<>(json.size());
          for (JsonNode v : json) {
            out.add(v.isNull() ? null : labels.constant(v.asText()));
          }
          return Collections.unmodifiableList(out);
        };
      }
    }
    String sqlType = column.sqlType();
    registry.type(sqlType); // an unknown type fails here, when the stream is made
    return json -> convert(registry.decodeJson(sqlType, json), raw, sqlType);
  }

  /** Where a metamodel maps a column to a wider number class than the registry's, as reads do. */
  private static @Nullable Object convert(@Nullable Object value, Class<?> raw, String sqlType) {
    if (value == null || raw == Object.class || raw.isInstance(value)) {
      return value;
    }
    if (value instanceof Number n) {
      if (raw == Long.class) {
        return n.longValue();
      }
      if (raw == Integer.class) {
        return n.intValue();
      }
      if (raw == Double.class) {
        return n.doubleValue();
      }
      if (raw == BigDecimal.class) {
        return new BigDecimal(n.toString());
      }
    }
    throw new TypeMappingException(
        sqlType,
        "Cannot read a " + value.getClass().getName() + " as " + raw.getName(),
        "the metamodel's Java type differs from the type registry's",
        "map the column to " + value.getClass().getSimpleName(),
        null);
  }
}
