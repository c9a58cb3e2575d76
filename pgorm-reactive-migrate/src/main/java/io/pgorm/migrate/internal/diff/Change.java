package io.pgorm.migrate.internal.diff;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The change of one keyed object, with its source (after renames) and target forms; for an altered
 * table, what happens to each column.
 */
public final class Change {

  private final Key key;
  private Action action;
  private final @Nullable Obj before;
  private final @Nullable Obj after;
  private @Nullable String reason;

  /** For tables: column name (target's, or source's when dropped) to its action. */
  final Map<String, ColumnAction> columns = new LinkedHashMap<>();

  /** Columns whose default is dropped first and set again last (what it calls is replaced). */
  final Set<String> resetDefaults = new LinkedHashSet<>();

  /** Columns cast to a type that is recreated. */
  final Set<String> casts = new LinkedHashSet<>();

  Change(Key key, Action action, @Nullable Obj before, @Nullable Obj after) {
    this.key = key;
    this.action = action;
    this.before = before;
    this.after = after;
  }

  public Key key() {
    return key;
  }

  public Action action() {
    return action;
  }

  void action(Action value, @Nullable String why) {
    this.action = value;
    if (why != null && reason == null) {
      this.reason = why;
    }
  }

  /** Why an object is replaced or recreated rather than altered, when it is for a dependency. */
  public @Nullable String reason() {
    return reason;
  }

  public @Nullable Obj before() {
    return before;
  }

  public @Nullable Obj after() {
    return after;
  }

  public Map<String, ColumnAction> columns() {
    return columns;
  }

  public Set<String> resetDefaults() {
    return resetDefaults;
  }

  public Set<String> casts() {
    return casts;
  }

  @Override
  public String toString() {
    return action + " " + key + (columns.isEmpty() ? "" : " " + columns);
  }
}
