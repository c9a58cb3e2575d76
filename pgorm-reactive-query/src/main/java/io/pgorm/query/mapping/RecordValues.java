package io.pgorm.query.mapping;

import io.pgorm.query.meta.TableMeta;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table record's components by column index, through accessor handles resolved once per
 * record class: component {@code i} holds column {@code i}, as generated code lays them out.
 *
 * @param <R> the record type
 */
public final class RecordValues<R> {

  private static final Map<Class<?>, RecordValues<?>> CACHE = new ConcurrentHashMap<>();

  private final Class<R> type;
  private final MethodHandle[] accessors;

  private RecordValues(Class<R> type, MethodHandle[] accessors) {
    this.type = type;
    this.accessors = accessors;
  }

  /**
   * The accessors of {@code table}'s record.
   *
   * @throws IllegalArgumentException when the record's components do not match the columns
   */
  @SuppressWarnings("unchecked") // cached per record class, so of that class
  public static <R> RecordValues<R> of(TableMeta<R> table) {
    return (RecordValues<R>) CACHE.computeIfAbsent(table.recordType(), t -> build(table));
  }

  private static <R> RecordValues<R> build(TableMeta<R> table) {
    Class<R> type = table.recordType();
    RecordComponent[] components = TableRecords.components(table);
    MethodHandle[] accessors = new MethodHandle[components.length];
    for (int i = 0; i < components.length; i++) {
      try {
        Method m = components[i].getAccessor();
        m.setAccessible(true);
        accessors[i] =
            MethodHandles.lookup()
                .unreflect(m)
                .asType(MethodType.methodType(Object.class, Object.class));
      } catch (IllegalAccessException | RuntimeException e) {
        throw new IllegalArgumentException(
            "cannot read component " + components[i].getName() + " of " + type.getName(), e);
      }
    }
    return new RecordValues<>(type, accessors);
  }

  /** The value of column {@code index} in {@code row}. */
  public @Nullable Object get(R row, int index) {
    try {
      return (Object) accessors[index].invokeExact((Object) row);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("accessor of " + type.getName() + " failed", t);
    }
  }
}
