package io.pgorm.query.mapping;

import io.pgorm.query.meta.TableMeta;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The record a table metamodel maps rows to, checked once: component {@code i} holds column {@code
 * i}, as generated code lays them out. Shared by the query layer (reading components) and the
 * change streams (building records from decoded JSON rows).
 */
public final class TableRecords {

  private TableRecords() {}

  /**
   * The components of {@code table}'s record, one per column.
   *
   * @throws IllegalArgumentException when the record type is not a record with one component per
   *     column
   */
  public static RecordComponent[] components(TableMeta<?> table) {
    Class<?> type = table.recordType();
    RecordComponent[] components = type.getRecordComponents();
    if (components == null || components.length != table.columns().size()) {
      throw new IllegalArgumentException(
          type.getName()
              + " is not a record with one component per column of "
              + table.name()
              + " ("
              + table.columns().size()
              + " columns)");
    }
    return components;
  }

  /**
   * The canonical constructor of {@code table}'s record as a handle taking the column values as one
   * {@code Object[]} and returning {@code Object}, so that callers can {@code invokeExact} it.
   *
   * @throws IllegalArgumentException as {@link #components}, or when the constructor cannot be used
   */
  public static MethodHandle constructor(TableMeta<?> table) {
    Class<?> type = table.recordType();
    RecordComponent[] components = components(table);
    try {
      Constructor<?> c =
          type.getDeclaredConstructor(
              Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
      c.setAccessible(true);
      return MethodHandles.lookup()
          .unreflectConstructor(c)
          .asSpreader(Object[].class, components.length)
          .asType(MethodType.methodType(Object.class, Object[].class));
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(
          "cannot use the canonical constructor of " + type.getName() + ": " + e.getMessage(), e);
    }
  }
}
