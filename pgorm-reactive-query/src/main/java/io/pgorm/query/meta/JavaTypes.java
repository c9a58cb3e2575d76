package io.pgorm.query.meta;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Generic {@link Type}s for {@link ColumnMeta#javaType()}: generated code writes {@code
 * JavaTypes.parameterized(List.class, String.class)} for a {@code text[]} column mapped to {@code
 * List<String>}. The types equal the JDK's own reflective ones for the same declaration.
 */
public final class JavaTypes {

  private JavaTypes() {}

  /**
   * {@code raw<arguments...>}, e.g. {@code List<String>}.
   *
   * @throws IllegalArgumentException when the number of arguments is not that of {@code raw}'s type
   *     parameters
   */
  public static ParameterizedType parameterized(Class<?> raw, Type... arguments) {
    if (raw.getTypeParameters().length != arguments.length) {
      throw new IllegalArgumentException(
          raw.getName()
              + " takes "
              + raw.getTypeParameters().length
              + " type arguments, not "
              + arguments.length);
    }
    return new Parameterized(raw, List.of(arguments));
  }

  private record Parameterized(Class<?> raw, List<Type> arguments) implements ParameterizedType {

    @Override
    public Type[] getActualTypeArguments() {
      return arguments.toArray(new Type[0]);
    }

    @Override
    public Type getRawType() {
      return raw;
    }

    @Override
    public @Nullable Type getOwnerType() {
      return raw.getDeclaringClass();
    }

    // The JDK's ParameterizedType equals any ParameterizedType with equal parts; so do we.
    @Override
    public boolean equals(@Nullable Object other) {
      return other instanceof ParameterizedType that
          && raw.equals(that.getRawType())
          && Objects.equals(getOwnerType(), that.getOwnerType())
          && Arrays.equals(getActualTypeArguments(), that.getActualTypeArguments());
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(getActualTypeArguments())
          ^ Objects.hashCode(getOwnerType())
          ^ raw.hashCode();
    }

    @Override
    public String toString() {
      return raw.getName()
          + arguments.stream().map(Type::getTypeName).collect(Collectors.joining(", ", "<", ">"));
    }
  }
}
