package io.pgorm.query.repository;

import io.pgorm.query.expr.Values;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Sort key values to and from the text a {@link Cursor} carries. */
final class KeyText {

  private KeyText() {}

  static @Nullable String write(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    return value instanceof Enum<?> e ? Values.label(e) : value.toString();
  }

  static Object read(String text, Type type, String column) {
    Class<?> c = Values.rawClass(type);
    try {
      if (c == String.class) {
        return text;
      } else if (c == Long.class) {
        return Long.valueOf(text);
      } else if (c == Integer.class) {
        return Integer.valueOf(text);
      } else if (c == Short.class) {
        return Short.valueOf(text);
      } else if (c == BigDecimal.class) {
        return new BigDecimal(text);
      } else if (c == Double.class) {
        return Double.valueOf(text);
      } else if (c == Float.class) {
        return Float.valueOf(text);
      } else if (c == Boolean.class) {
        return Boolean.valueOf(text);
      } else if (c == UUID.class) {
        return UUID.fromString(text);
      } else if (c == OffsetDateTime.class) {
        return OffsetDateTime.parse(text);
      } else if (c == Instant.class) {
        return Instant.parse(text);
      } else if (c == LocalDate.class) {
        return LocalDate.parse(text);
      } else if (c == LocalDateTime.class) {
        return LocalDateTime.parse(text);
      } else if (c == LocalTime.class) {
        return LocalTime.parse(text);
      } else if (c.isEnum()) {
        for (Object constant : c.getEnumConstants()) {
          if (Values.label((Enum<?>) constant).equals(text)) {
            return constant;
          }
        }
      }
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "cursor key \""
              + text
              + "\" is not a value of column "
              + column
              + " ("
              + c.getName()
              + ")",
          e);
    }
    throw new IllegalArgumentException(
        "cannot page by column " + column + " of Java type " + c.getName() + " with a cursor");
  }
}
