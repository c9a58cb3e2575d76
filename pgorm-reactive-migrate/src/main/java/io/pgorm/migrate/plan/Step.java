package io.pgorm.migrate.plan;

import java.util.List;
import java.util.Objects;

/**
 * One step of a {@link Plan}: a change to one object, as one or more SQL statements (without
 * trailing semicolons), with its hazards.
 *
 * @param subject the object changed, as the data-loss allow-list names it: {@code app.item} for a
 *     table, view, type, sequence or routine, {@code app.item.note} for a column, constraint,
 *     index, trigger or policy of table {@code app.item}
 * @param description what the step does, e.g. {@code add column app.item.note}
 * @param statements the statements, run in order
 * @param hazards what can go wrong beyond failing; empty for a safe step
 * @param transactional whether the statements may run inside a transaction; {@code false} for
 *     {@code CREATE INDEX CONCURRENTLY} and the like, which must run on their own
 * @param commitAfter whether what the step made must be committed before later steps use it ({@code
 *     ALTER TYPE ... ADD VALUE}: the new value is unusable until then)
 */
public record Step(
    String subject,
    String description,
    List<String> statements,
    List<Hazard> hazards,
    boolean transactional,
    boolean commitAfter) {

  public Step {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(description, "description");
    statements = List.copyOf(statements);
    hazards = List.copyOf(hazards);
  }

  /** Whether the step has a hazard of that kind. */
  public boolean has(HazardKind kind) {
    return hazards.stream().anyMatch(h -> h.kind() == kind);
  }
}
