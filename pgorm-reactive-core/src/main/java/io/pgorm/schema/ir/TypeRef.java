package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column, argument or attribute type. Built-in types carry their canonical name ({@code integer},
 * {@code bigint}, {@code numeric}, {@code varchar}, {@code timestamptz}, {@code double precision},
 * ...) with {@code schema == null}; user and extension types carry the schema they live in. {@code
 * modifiers} are the type modifiers as written: {@code numeric(10,2)} has {@code ["10", "2"]},
 * {@code timestamptz(3)} has {@code ["3"]}, {@code interval day to second(3)} has {@code ["day to
 * second", "3"]}, {@code vector(1536)} has {@code ["1536"]}.
 */
public record TypeRef(
    @Nullable String schema, String name, List<String> modifiers, int arrayDimensions) {

  public TypeRef {
    Objects.requireNonNull(name, "name");
    modifiers = List.copyOf(modifiers);
    if (arrayDimensions < 0) {
      throw new IllegalArgumentException("arrayDimensions must be 0 or more: " + arrayDimensions);
    }
  }

  /** A built-in type without modifiers, e.g. {@code TypeRef.builtin("text")}. */
  public static TypeRef builtin(String name, String... modifiers) {
    return new TypeRef(null, name, List.of(modifiers), 0);
  }

  /** A user or extension type in {@code schema}. */
  public static TypeRef user(String schema, String name) {
    return new TypeRef(schema, name, List.of(), 0);
  }

  /** This type with one more array dimension. */
  public TypeRef array() {
    return new TypeRef(schema, name, modifiers, arrayDimensions + 1);
  }

  /** The element type of an array type (this type itself when it is no array). */
  public TypeRef element() {
    return arrayDimensions == 0 ? this : new TypeRef(schema, name, modifiers, 0);
  }

  public boolean isArray() {
    return arrayDimensions > 0;
  }
}
