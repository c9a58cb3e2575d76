package io.pgorm.types;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A value to bind as a given PostgreSQL type: {@code sql.bind(0, TypedValue.of("xml", "<a/>"))}.
 * The value is written in the type's text form and sent with the type's OID (looked up when the
 * connection opened, for extension and user types), so the server reads it as that type. A {@code
 * null} value is a NULL of that type.
 *
 * <p>Needed where the Java class does not say the type: a {@code String} for {@code xml}, {@code
 * jsonpath}, {@code citext}, {@code ltree}, the {@code reg*} types; an empty or all-null {@code
 * List} for an array; a Java object to write as {@code json}/{@code jsonb}. The driver would send a
 * {@code String} as {@code varchar}, which the server refuses for these columns (SQLSTATE 42804) or
 * compares with text semantics ({@code citext}). Writing {@code $1::xml} in the SQL is the other
 * way.
 */
public final class TypedValue {

  private final String type;
  private final @Nullable Object value;

  private TypedValue(String type, @Nullable Object value) {
    this.type = type;
    this.value = value;
  }

  /**
   * {@code value} as the type named {@code type}: any name the {@link TypeRegistry} knows ({@code
   * citext}, {@code integer[]}, {@code app.mood}, {@code varchar(20)}).
   */
  public static TypedValue of(String type, @Nullable Object value) {
    if (Objects.requireNonNull(type, "type").isBlank()) {
      throw new IllegalArgumentException("TypedValue needs a type name, got an empty one");
    }
    return new TypedValue(type, value);
  }

  /** The type name as given. */
  public String type() {
    return type;
  }

  /** The Java value, or {@code null} for a typed NULL. */
  public @Nullable Object value() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof TypedValue t && type.equals(t.type) && Objects.equals(value, t.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, value);
  }

  @Override
  public String toString() {
    return "TypedValue[" + type + "]";
  }
}
