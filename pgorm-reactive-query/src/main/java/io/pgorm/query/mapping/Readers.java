package io.pgorm.query.mapping;

import io.pgorm.query.expr.Values;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
        Map<String, Object> labels = labels(element);
        return (row, i) -> {
          List<?> list = row.get(i, List.class);
          return list == null ? null : convert(list, labels, element);
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
    Map<String, Object> labels = labels(type);
    return (row, i) -> {
      String label = row.get(i, String.class);
      return label == null ? null : constant(labels, label, type);
    };
  }

  private static Map<String, Object> labels(Class<?> enumType) {
    Map<String, Object> map = new HashMap<>();
    for (Object c : enumType.getEnumConstants()) {
      map.put(Values.label((Enum<?>) c), c);
    }
    return map;
  }

  private static Object constant(Map<String, Object> labels, String label, Class<?> type) {
    Object c = labels.get(label);
    if (c == null) {
      throw new IllegalStateException(
          "enum "
              + type.getName()
              + " has no constant for label '"
              + label
              + "' (labels: "
              + String.join(", ", new java.util.TreeSet<>(labels.keySet()))
              + "). Hint: generate the code again from the current schema");
    }
    return c;
  }

  private static List<@Nullable Object> convert(
      List<?> list, Map<String, Object> labels, Class<?> type) {
    List<@Nullable Object> out = new ArrayList<>(list.size());
    for (Object v : list) {
      out.add(v == null ? null : constant(labels, v.toString(), type));
    }
    return Collections.unmodifiableList(out);
  }
}
