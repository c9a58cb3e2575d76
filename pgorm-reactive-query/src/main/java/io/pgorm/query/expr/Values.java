package io.pgorm.query.expr;

import io.pgorm.types.PgEnum;
import io.pgorm.types.TypedValue;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Array;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Turns Java values into what the driver binds: enums become their labels (the generated {@code
 * label()}, {@link PgEnum#pgLabel()}, else {@code name()}), so that a cast to the enum type works
 * whether or not the enum is registered; collections become arrays of their element class.
 */
public final class Values {

  private static final ClassValue<@Nullable MethodHandle> LABEL =
      new ClassValue<>() {
        @Override
        protected @Nullable MethodHandle computeValue(Class<?> type) {
          try {
            MethodHandle h =
                MethodHandles.publicLookup()
                    .findVirtual(type, "label", MethodType.methodType(String.class));
            return Modifier.isPublic(type.getModifiers()) ? h : null;
          } catch (ReflectiveOperationException e) {
            return null;
          }
        }
      };

  private Values() {}

  /**
   * {@code value} ready to bind to a parameter whose SQL type is {@code sqlType} (may be null) and
   * whose declared Java type is {@code javaType}.
   */
  public static @Nullable Object toBind(
      @Nullable Object value, @Nullable SqlType sqlType, Type javaType) {
    if (value == null) {
      return null;
    }
    if (value instanceof Enum<?> e) {
      return label(e);
    }
    if (value instanceof Collection<?> c) {
      return toArray(c, elementClass(javaType));
    }
    if (sqlType != null && sqlType.dimensions() == 0 && sqlType.schema() == null) {
      String n = sqlType.name().toLowerCase(Locale.ROOT);
      if ((n.equals("jsonb") || n.equals("json"))
          && !(value instanceof String)
          && !(value instanceof com.fasterxml.jackson.databind.JsonNode)) {
        return TypedValue.of("jsonb", value);
      }
    }
    return value;
  }

  /** The label PostgreSQL stores for an enum constant. */
  public static String label(Enum<?> e) {
    if (e instanceof PgEnum p) {
      return p.pgLabel();
    }
    MethodHandle h = LABEL.get(e.getDeclaringClass());
    if (h != null) {
      try {
        return (String) h.invoke(e);
      } catch (Throwable t) {
        throw new IllegalStateException("label() of " + e.getDeclaringClass().getName(), t);
      }
    }
    return e.name();
  }

  /**
   * A Java array of the collection's values, of the element class where the driver binds such
   * arrays (a {@code UUID[]} for a {@code Collection<UUID>}); enums as labels ({@code String[]}),
   * nested lists as lists of their values.
   */
  public static Object toArray(Collection<?> values, Class<?> element) {
    Class<?> component = element;
    if (element.isEnum() || Enum.class.isAssignableFrom(element)) {
      component = String.class;
    } else if (element == Object.class
        || Collection.class.isAssignableFrom(element)
        || element.isPrimitive()) {
      List<@Nullable Object> out = new ArrayList<>(values.size());
      for (Object v : values) {
        out.add(v instanceof Enum<?> e ? label(e) : v);
      }
      return out;
    }
    Object array = Array.newInstance(component, values.size());
    int i = 0;
    for (Object v : values) {
      Array.set(array, i++, v instanceof Enum<?> e ? label(e) : v);
    }
    return array;
  }

  /** The raw class of a type's single type argument ({@code UUID} of {@code List<UUID>}). */
  public static Class<?> elementClass(Type collectionType) {
    if (collectionType instanceof ParameterizedType p && p.getActualTypeArguments().length == 1) {
      return rawClass(p.getActualTypeArguments()[0]);
    }
    return Object.class;
  }

  /** The raw class of a type. */
  public static Class<?> rawClass(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return rawClass(p.getRawType());
    }
    return Object.class;
  }
}
