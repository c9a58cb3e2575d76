package io.pgorm.schema.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A trigger on a table or view. {@code function} is the trigger function, called with {@code
 * arguments}; {@code oldTable}/{@code newTable} name the transition tables (REFERENCING); a
 * constraint trigger has {@code constraint} set, may be deferrable and may name the table its
 * constraint refers to ({@code referencedTable}, {@code FROM} in {@code CREATE CONSTRAINT
 * TRIGGER}).
 */
public record Trigger(
    String name,
    TriggerTiming timing,
    List<TriggerEvent> events,
    List<String> updateOf,
    TriggerLevel level,
    @Nullable String when,
    @Nullable String oldTable,
    @Nullable String newTable,
    QualifiedName function,
    List<String> arguments,
    boolean constraint,
    Deferrability deferrability,
    @Nullable String comment,
    @Nullable QualifiedName referencedTable) {

  public Trigger {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timing, "timing");
    events = List.copyOf(events);
    updateOf = List.copyOf(updateOf);
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(function, "function");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(deferrability, "deferrability");
    if (referencedTable != null && !constraint) {
      throw new IllegalArgumentException("only a constraint trigger has FROM: " + name);
    }
  }
}
