package io.pgorm.schema.internal.ast;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code [constraint] trigger name before|after|instead of event [or event]... on table [from
 * table] [deferrable ...] [referencing ...] [for each row|statement] [when (sql)] execute
 * [function] fn(args)}.
 *
 * @param timing {@code before}, {@code after} or {@code instead of}
 * @param deferrable null when not written
 * @param initiallyDeferred null when not written
 * @param forEachRow null when not written (statement level)
 */
public record TriggerDecl(
    @Nullable String doc,
    boolean constraint,
    Ident name,
    String timing,
    List<Event> events,
    QName table,
    @Nullable QName from,
    @Nullable Boolean deferrable,
    @Nullable Boolean initiallyDeferred,
    List<Transition> transitions,
    @Nullable Boolean forEachRow,
    Value.@Nullable Sql when,
    QName function,
    List<Value> args,
    Pos pos)
    implements Decl {

  public TriggerDecl {
    events = List.copyOf(events);
    transitions = List.copyOf(transitions);
    args = List.copyOf(args);
  }

  /** {@code insert}, {@code update [of col, ...]}, {@code delete} or {@code truncate}. */
  public record Event(String kind, List<Ident> columns, Pos pos) {
    public Event {
      columns = List.copyOf(columns);
    }
  }

  /** {@code old table as name} or {@code new table as name}. */
  public record Transition(boolean isNew, Ident name, Pos pos) {}
}
