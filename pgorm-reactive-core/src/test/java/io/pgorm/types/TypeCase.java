package io.pgorm.types;

import org.jspecify.annotations.Nullable;

/**
 * One round trip: bind {@code value} into a column of {@code type}, read it back as {@code readAs}
 * and expect {@code expected} (the server's normal form of the value), and expect the column's
 * {@code to_jsonb} form to decode to the same.
 */
record TypeCase(
    String type, @Nullable Object value, @Nullable Object expected, Class<?> readAs, String label) {

  static TypeCase of(String type, Object value) {
    return new TypeCase(type, value, value, javaType(type), String.valueOf(value));
  }

  /** The server normalizes: {@code [1,5]} reads back as {@code [1,6)}. */
  static TypeCase normalized(String type, Object value, Object expected) {
    return new TypeCase(type, value, expected, javaType(type), value + " → " + expected);
  }

  static TypeCase ofNull(String type) {
    return new TypeCase(type, null, null, javaType(type), "NULL");
  }

  TypeCase readAs(Class<?> c) {
    return new TypeCase(type, value, expected, c, label + " as " + c.getSimpleName());
  }

  TypeCase label(String l) {
    return new TypeCase(type, value, expected, readAs, l);
  }

  private static Class<?> javaType(String type) {
    return TypeFixtures.registry().type(type).javaType();
  }

  @Override
  public String toString() {
    String l = label.length() > 60 ? label.substring(0, 57) + "..." : label;
    return type + ": " + l;
  }
}
