package io.pgorm.query.mapping;

import io.pgorm.RowMapper;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Maps rows to a record (or any class with a matching constructor) through its constructor,
 * resolved once into a {@link MethodHandle}: per row it reads each column with a reader chosen in
 * advance and invokes the handle, with no reflection.
 *
 * @param <R> the record type
 */
public final class RecordMapper<R> implements RowMapper<R> {

  private final Class<R> type;
  private final MethodHandle constructor;
  private final ValueReader<?>[] readers;
  private final int offset;

  private RecordMapper(Class<R> type, MethodHandle constructor, List<Type> types, int offset) {
    this.type = type;
    this.constructor = constructor;
    this.readers = types.stream().map(Readers::of).toArray(ValueReader<?>[]::new);
    this.offset = offset;
  }

  /**
   * Reads columns {@code offset, offset+1, ...} as the record's components in declaration order,
   * each as the given Java type.
   *
   * @throws IllegalArgumentException when {@code type} has no constructor taking that many values
   */
  public static <R> RecordMapper<R> positional(Class<R> type, List<Type> columnTypes, int offset) {
    return new RecordMapper<>(type, constructor(type, columnTypes.size()), columnTypes, offset);
  }

  /** Reads columns from 0 as the components of record {@code type}, typed as the components. */
  public static <R extends Record> RecordMapper<R> of(Class<R> type) {
    List<Type> types = new ArrayList<>();
    for (RecordComponent c : type.getRecordComponents()) {
      types.add(c.getGenericType());
    }
    return positional(type, types, 0);
  }

  /** The constructor of {@code type} with {@code arity} parameters, spread over an array. */
  static MethodHandle constructor(Class<?> type, int arity) {
    Constructor<?> found = null;
    if (type.isRecord()) {
      Class<?>[] params =
          Arrays.stream(type.getRecordComponents())
              .map(RecordComponent::getType)
              .toArray(Class<?>[]::new);
      try {
        found = type.getDeclaredConstructor(params);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException(
            "record " + type.getName() + " has no canonical constructor", e);
      }
    } else {
      for (Constructor<?> c : type.getDeclaredConstructors()) {
        if (c.getParameterCount() == arity) {
          if (found != null) {
            throw new IllegalArgumentException(
                type.getName() + " has several constructors of " + arity + " parameters");
          }
          found = c;
        }
      }
    }
    if (found == null || found.getParameterCount() != arity) {
      throw new IllegalArgumentException(
          "cannot map "
              + arity
              + " columns to "
              + type.getName()
              + ": it has no constructor of "
              + arity
              + " parameters"
              + (found == null
                  ? ""
                  : " (its canonical one takes " + found.getParameterCount() + ")"));
    }
    try {
      found.setAccessible(true);
      return MethodHandles.lookup()
          .unreflectConstructor(found)
          .asSpreader(Object[].class, arity)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (IllegalAccessException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot use the constructor of " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  @Override
  public R map(Row row, RowMetadata metadata) {
    @Nullable Object[] args = new Object[readers.length];
    for (int i = 0; i < readers.length; i++) {
      args[i] = readers[i].read(row, offset + i);
    }
    return construct(constructor, type, args);
  }

  static <R> R construct(MethodHandle constructor, Class<R> type, @Nullable Object[] args) {
    try {
      return type.cast((Object) constructor.invokeExact(args));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "cannot make a " + type.getName() + " of " + Arrays.toString(args) + ": " + e, e);
    } catch (Throwable t) {
      throw new IllegalStateException("constructor of " + type.getName() + " failed", t);
    }
  }

  @Override
  public String toString() {
    return "RecordMapper[" + type.getName() + "]";
  }
}
