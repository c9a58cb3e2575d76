package io.pgorm.query.mapping;

import io.pgorm.RowMapper;
import io.r2dbc.spi.ColumnMetadata;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.RowMetadata;
import java.lang.invoke.MethodHandle;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Maps rows of hand-written SQL to a record by column name: component {@code createdAt} takes
 * column {@code created_at} or {@code createdAt} (case-insensitive). The ordinals are resolved once
 * per result (per {@link RowMetadata}), not per row; a component without a column fails with the
 * columns there are.
 *
 * @param <R> the record type
 */
public final class NamedRecordMapper<R extends Record> implements RowMapper<R> {

  private record Resolved(RowMetadata metadata, int[] ordinals) {}

  private final Class<R> type;
  private final String[] names;
  private final ValueReader<?>[] readers;
  private final MethodHandle constructor;
  private volatile @Nullable Resolved resolved;

  private NamedRecordMapper(Class<R> type) {
    this.type = type;
    RecordComponent[] components = type.getRecordComponents();
    this.names = new String[components.length];
    this.readers = new ValueReader<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
      readers[i] = Readers.of(components[i].getGenericType());
    }
    this.constructor = RecordMapper.constructor(type, components.length);
  }

  /** A mapper to {@code type}. */
  public static <R extends Record> NamedRecordMapper<R> of(Class<R> type) {
    return new NamedRecordMapper<>(type);
  }

  @Override
  public R map(Row row, RowMetadata metadata) {
    Resolved r = resolved;
    if (r == null || r.metadata() != metadata) {
      r = new Resolved(metadata, resolve(metadata));
      resolved = r;
    }
    @Nullable Object[] args = new Object[names.length];
    for (int i = 0; i < names.length; i++) {
      args[i] = readers[i].read(row, r.ordinals()[i]);
    }
    return RecordMapper.construct(constructor, type, args);
  }

  private int[] resolve(RowMetadata metadata) {
    List<? extends ColumnMetadata> columns = metadata.getColumnMetadatas();
    int[] ordinals = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      ordinals[i] = find(columns, names[i]);
    }
    return ordinals;
  }

  private int find(List<? extends ColumnMetadata> columns, String component) {
    String snake = component.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).getName();
      if (name.equalsIgnoreCase(component) || name.equalsIgnoreCase(snake)) {
        return i;
      }
    }
    throw new IllegalStateException(
        "no column for component "
            + component
            + " of "
            + type.getName()
            + " (looked for "
            + component
            + " and "
            + snake
            + "); the result has "
            + columns.stream().map(ColumnMetadata::getName).toList());
  }
}
