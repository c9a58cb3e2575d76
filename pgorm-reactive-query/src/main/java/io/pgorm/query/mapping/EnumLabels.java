package io.pgorm.query.mapping;

import io.pgorm.query.expr.Values;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The constants of a generated (or hand-written) Java enum by their PostgreSQL label. Query results
 * and change events read enum values as labels and look the constant up here, so that generated
 * enums need not be registered with the type registry. One instance per enum class, cached.
 */
public final class EnumLabels {

  private static final Map<Class<?>, EnumLabels> CACHE = new ConcurrentHashMap<>();

  private final Class<?> type;
  private final Map<String, Object> constants;

  private EnumLabels(Class<?> type) {
    Map<String, Object> map = new java.util.HashMap<>();
    for (Object c : type.getEnumConstants()) {
      map.put(Values.label((Enum<?>) c), c);
    }
    this.type = type;
    this.constants = Map.copyOf(map);
  }

  /**
   * The labels of {@code enumType}.
   *
   * @throws IllegalArgumentException when {@code enumType} is not an enum
   */
  public static EnumLabels of(Class<?> enumType) {
    if (!enumType.isEnum()) {
      throw new IllegalArgumentException(enumType.getName() + " is not an enum");
    }
    return CACHE.computeIfAbsent(enumType, EnumLabels::new);
  }

  /**
   * The constant whose label is {@code label}.
   *
   * @throws IllegalStateException when no constant has that label: the database has a label the
   *     Java enum lacks, which means the code was generated from an older schema
   */
  public Object constant(String label) {
    Object c = constants.get(label);
    if (c == null) {
      throw new IllegalStateException(
          "enum "
              + type.getName()
              + " has no constant for label '"
              + label
              + "' (labels: "
              + String.join(", ", new TreeSet<>(constants.keySet()))
              + "). Hint: generate the code again from the current schema");
    }
    return c;
  }
}
