package io.pgorm.query.mapping;

import io.pgorm.query.expr.Values;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@link ValueReader}s by Java type, decided once: enums read their label and look the constant up
 * in a map (generated enums need not be registered with the type registry), {@code List<E>} reads
 * an array (converting enum elements), everything else asks the driver for the class.
 */
public final class Readers {

  private Readers() {}

  /** A reader of values of {@code type}. */
  public static ValueReader<?> of(Type type) {
    Class<?> raw = Values.rawClass(type);
    if (raw.isEnum()) {
      return enumReader(raw);
    }
    if (List.class.isAssignableFrom(raw) && type instanceof ParameterizedType) {
      Class<?> element = Values.elementClass(type);
      if (element.isEnum()) {
        EnumLabels labels = EnumLabels.of(element);
        return (row, i) -> {
          List<?> list = row.get(i, List.class);
          return list == null ? null : convert(list, labels);
        };
      }
      return (row, i) -> row.get(i, List.class);
    }
    if (raw == Object.class) {
      return (row, i) -> row.get(i);
    }
    return (row, i) -> row.get(i, raw);
  }

  private static ValueReader<?> enumReader(Class<?> type) {
    EnumLabels labels = EnumLabels.of(type);
    return (row, i) -> {
      String label = row.get(i, String.class);
      return label == null ? null : labels.constant(label);
    };
  }

  private static List<@Nullable Object> convert(List<?> list, EnumLabels labels) {
    List<@Nullable Object> out = new ArrayList<>(list.size());
    for (Object v : list) {
      out.add(v == null ? null : labels.constant(v.toString()));
    }
    return Collections.unmodifiableList(out);
  }
}
