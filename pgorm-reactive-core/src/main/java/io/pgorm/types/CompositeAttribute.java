package io.pgorm.types;

import java.util.Objects;

/**
 * One attribute of a user composite type, in declaration order: {@code CompositeAttribute.of("zip",
 * "varchar(10)")}.
 *
 * @param name the attribute's name in PostgreSQL (the key of the composite's JSON form)
 * @param type its type, any name the registry knows (built-in, extension, or another user type)
 */
public record CompositeAttribute(String name, String type) {

  /** Checks both are given. */
  public CompositeAttribute {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }

  /** The attribute {@code name} of type {@code type}. */
  public static CompositeAttribute of(String name, String type) {
    return new CompositeAttribute(name, type);
  }
}
