package io.pgorm.migrate.dev;

import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.Step;
import java.util.List;

/**
 * How a live database differs from what its applied migrations make: the plan that turns the
 * replayed migrations' schema into the live one, that is what was changed by hand. Partitions of
 * RANGE-partitioned tables and the history table are left out (they are made at run time).
 *
 * @param applied how many applied migrations were replayed
 * @param changes the steps from the migrations' schema to the live one; empty when there is no
 *     drift
 */
public record Drift(int applied, Plan changes) {

  /** Whether the live database differs from its migrations. */
  public boolean found() {
    return !changes.isEmpty();
  }

  /** One line per difference, e.g. {@code add column public.item.note}. */
  public List<String> differences() {
    return changes.steps().stream().map(Step::description).toList();
  }

  private String migrations() {
    return switch (applied) {
      case 0 -> "an empty database (no migration is applied)";
      case 1 -> "what its 1 applied migration makes";
      default -> "what its " + applied + " applied migrations make";
    };
  }

  /**
   * A paragraph for people: what differs, or that nothing does. Each line says what the database
   * has that the migrations do not make, as the step that would make it.
   */
  public String describe() {
    if (!found()) {
      return applied == 0
          ? "No drift: no migration is applied, and the database holds nothing they would make."
          : "No drift: the database is " + migrations() + ".";
    }
    StringBuilder b =
        new StringBuilder("Drift: the database differs from ")
            .append(migrations())
            .append(" (")
            .append(changes.steps().size())
            .append(changes.steps().size() == 1 ? " change" : " changes")
            .append(" made outside the migrations):");
    for (String d : differences()) {
      b.append("\n  ").append(d);
    }
    return b.append(
            "\nHint: put the change into a migration (or undo it by hand) so that every database"
                + " that runs the migrations gets it.")
        .toString();
  }
}
