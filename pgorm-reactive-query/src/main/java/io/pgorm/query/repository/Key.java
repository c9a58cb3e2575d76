package io.pgorm.query.repository;

import io.pgorm.query.expr.Condition;
import io.pgorm.query.expr.Param;
import io.pgorm.query.expr.Values;
import io.pgorm.query.meta.ColumnMeta;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a repository's key type {@code ID} maps to its table's key columns: one column whose values
 * are the keys ({@link #of(ColumnMeta)}), or several whose values are the components of a record
 * ({@link #composite}):
 *
 * <pre>{@code
 * public record PostLabelKey(Long postId, Long labelId) {}
 * Key<PostLabel, PostLabelKey> key =
 *     Key.composite(PostLabelKey.class, PostLabelTable.POST_ID, PostLabelTable.LABEL_ID);
 * }</pre>
 *
 * Immutable; resolved once per repository (record accessors as method handles, no reflection per
 * call).
 *
 * @param <R> the table's record type
 * @param <ID> the key type
 */
public final class Key<R, ID> {

  private final List<ColumnMeta<R, ?>> columns;
  private final @Nullable Class<ID> recordType;
  private final MethodHandle @Nullable [] accessors;
  private final @Nullable MethodHandle constructor;

  private Key(
      List<ColumnMeta<R, ?>> columns,
      @Nullable Class<ID> recordType,
      MethodHandle @Nullable [] accessors,
      @Nullable MethodHandle constructor) {
    this.columns = List.copyOf(columns);
    this.recordType = recordType;
    this.accessors = accessors;
    this.constructor = constructor;
  }

  /** A single-column key: the column's values are the keys. */
  public static <R, T> Key<R, T> of(ColumnMeta<R, T> column) {
    return new Key<>(List.of(Objects.requireNonNull(column, "column")), null, null, null);
  }

  /** A composite key: the components of record {@code type} are the values of {@code columns}. */
  @SafeVarargs
  public static <R, K extends Record> Key<R, K> composite(
      Class<K> type, ColumnMeta<R, ?>... columns) {
    List<ColumnMeta<R, ?>> list = new ArrayList<>(columns.length);
    for (ColumnMeta<R, ?> c : columns) {
      list.add(c);
    }
    return composite(type, list);
  }

  /**
   * A composite key: component {@code i} of record {@code type} holds the value of {@code
   * columns.get(i)}.
   *
   * @throws IllegalArgumentException when the components and columns differ in number or Java type
   */
  public static <R, K extends Record> Key<R, K> composite(
      Class<K> type, List<? extends ColumnMeta<R, ?>> columns) {
    Objects.requireNonNull(type, "type");
    RecordComponent[] components = type.getRecordComponents();
    if (components == null || components.length != columns.size() || columns.isEmpty()) {
      throw new IllegalArgumentException(
          "key record "
              + type.getName()
              + " must have one component per key column "
              + columns
              + " ("
              + columns.size()
              + ")");
    }
    MethodHandle[] accessors = new MethodHandle[components.length];
    Class<?>[] types = new Class<?>[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        Class<?> expected = Values.rawClass(columns.get(i).javaType());
        types[i] = components[i].getType();
        if (!types[i].equals(expected)) {
          throw new IllegalArgumentException(
              "component "
                  + components[i].getName()
                  + " of key record "
                  + type.getName()
                  + " is a "
                  + types[i].getName()
                  + " but column "
                  + columns.get(i)
                  + " holds "
                  + expected.getName());
        }
        Method m = components[i].getAccessor();
        m.setAccessible(true);
        accessors[i] =
            MethodHandles.lookup()
                .unreflect(m)
                .asType(MethodType.methodType(Object.class, Object.class));
      }
      Constructor<K> c = type.getDeclaredConstructor(types);
      c.setAccessible(true);
      MethodHandle ctor =
          MethodHandles.lookup()
              .unreflectConstructor(c)
              .asSpreader(Object[].class, types.length)
              .asType(MethodType.methodType(Object.class, Object[].class));
      return new Key<>(new ArrayList<>(columns), type, accessors, ctor);
    } catch (ReflectiveOperationException | RuntimeException e) {
      if (e instanceof IllegalArgumentException iae) {
        throw iae;
      }
      throw new IllegalArgumentException("cannot use " + type.getName() + " as a key record", e);
    }
  }

  /** The key columns, in key order. */
  public List<ColumnMeta<R, ?>> columns() {
    return columns;
  }

  /** Whether the key has more than one column. */
  public boolean isComposite() {
    return accessors != null;
  }

  /**
   * The key's column values, in column order.
   *
   * @throws IllegalArgumentException when a component of a composite key is null (a primary key
   *     column is never NULL, so such a key matches nothing and is a mistake)
   */
  List<@Nullable Object> values(ID key) {
    Objects.requireNonNull(key, "id");
    MethodHandle[] a = accessors;
    if (a == null) {
      return java.util.Collections.singletonList(key);
    }
    List<@Nullable Object> out = new ArrayList<>(a.length);
    for (int i = 0; i < a.length; i++) {
      Object v;
      try {
        v = (Object) a[i].invokeExact((Object) key);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable t) {
        throw new IllegalStateException("accessor of " + recordType + " failed", t);
      }
      if (v == null) {
        throw new IllegalArgumentException(
            "key " + key + " has no value for column " + columns.get(i));
      }
      out.add(v);
    }
    return out;
  }

  /** The key made of column values in column order. */
  @SuppressWarnings("unchecked") // a single key's value is of the column's type, ID
  ID of(List<@Nullable Object> values) {
    MethodHandle c = constructor;
    if (c == null) {
      return (ID) Objects.requireNonNull(values.get(0));
    }
    try {
      return (ID) (Object) c.invokeExact(values.toArray());
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException("constructor of " + recordType + " failed", t);
    }
  }

  /** {@code a = $1 [AND b = $2 ...]}; a null component is an error naming the column. */
  public Condition eq(ID key) {
    List<@Nullable Object> values = values(key);
    List<Condition> parts = new ArrayList<>(columns.size());
    for (int i = 0; i < columns.size(); i++) {
      parts.add(eqParam(columns.get(i), values.get(i)));
    }
    return Condition.all(parts);
  }

  /** The shape of {@link #eq} with placeholders whose values are bound later, in column order. */
  Condition eqShape() {
    List<Condition> parts = new ArrayList<>(columns.size());
    for (ColumnMeta<R, ?> c : columns) {
      parts.add(eqParam(c, null));
    }
    return Condition.all(parts);
  }

  private static Condition eqParam(ColumnMeta<?, ?> column, @Nullable Object value) {
    return io.pgorm.query.expr.Comparison.EQ.apply(column, Param.like(column, value));
  }

  /**
   * {@code id = ANY($1)} for a single column, {@code (a, b) = ANY (SELECT ... FROM unnest($1, $2))}
   * for a composite key: one statement shape for every number of keys.
   */
  public Condition in(Collection<? extends ID> keys) {
    if (!isComposite()) {
      return Condition.anyOf(columns.get(0), keys);
    }
    List<List<?>> rows = new ArrayList<>(keys.size());
    for (ID k : keys) {
      rows.add(values(k));
    }
    return Condition.rowIn(columns, rows);
  }

  @Override
  public String toString() {
    return recordType == null ? columns.get(0).toString() : recordType.getSimpleName() + columns;
  }
}
