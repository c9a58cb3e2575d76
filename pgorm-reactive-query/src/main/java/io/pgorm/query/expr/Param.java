package io.pgorm.query.expr;

import java.lang.reflect.Type;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bound value: rendered as {@code $n} (with a cast where the driver would send another type), its
 * value sent separately. Two parameters are equal when they render the same SQL, whatever their
 * values: that is what lets a query's SQL be rendered once per shape and cached.
 *
 * @param <T> the Java type of the value
 */
public final class Param<T> implements Expr<T> {

  private final @Nullable Object value;
  private final @Nullable SqlType cast;
  private final Type javaType;

  Param(@Nullable Object value, @Nullable SqlType cast, Type javaType) {
    this.value = value;
    this.cast = cast;
    this.javaType = Objects.requireNonNull(javaType, "javaType");
  }

  /**
   * A parameter of {@code value}, sent as the driver sends its class ({@code Long} as bigint,
   * {@code String} as varchar, ...).
   */
  public static <T> Param<T> of(T value) {
    Objects.requireNonNull(value, "value (use Param.typed(null, type) for a NULL)");
    return new Param<>(Values.toBind(value, null, value.getClass()), null, value.getClass());
  }

  /**
   * A parameter of {@code value} (may be {@code null}) cast to {@code sqlType}: {@code $1::citext}.
   *
   * @throws IllegalArgumentException when {@code sqlType} is not a type name
   */
  public static <T> Param<T> typed(@Nullable T value, String sqlType, Type javaType) {
    SqlType type = SqlType.parse(sqlType);
    return new Param<>(Values.toBind(value, type, javaType), type.withoutModifiers(), javaType);
  }

  /**
   * A parameter for a value compared with, or written into, {@code target}: converted and cast as
   * {@code target}'s SQL type needs (a value may be {@code null}).
   */
  public static <T> Param<T> like(Expr<?> target, @Nullable Object value) {
    return Ops.paramOrNull(target, value);
  }

  /** The value as it will be bound (enums as their labels, collections as arrays). */
  public @Nullable Object value() {
    return value;
  }

  /** The type written after {@code ::}, or {@code null} for none. */
  public @Nullable SqlType cast() {
    return cast;
  }

  @Override
  public Type javaType() {
    return javaType;
  }

  @Override
  public @Nullable String sqlType() {
    return cast == null ? null : cast.toString();
  }

  /** Equal when rendered alike: the value is not part of a query's shape. */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Param<?> p && Objects.equals(p.cast, cast);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(cast) + 17;
  }

  @Override
  public String toString() {
    return "Param[" + (cast == null ? "" : "::" + cast) + "]";
  }
}
