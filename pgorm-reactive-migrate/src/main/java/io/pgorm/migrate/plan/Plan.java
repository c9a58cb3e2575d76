package io.pgorm.migrate.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The steps that turn one schema into another, in an order PostgreSQL accepts, with notes on what
 * cannot be done (column order) and the reverse plan. Made by {@link
 * io.pgorm.migrate.diff.SchemaDiff}; a plan is data and runs nowhere by itself. Immutable.
 */
public final class Plan {

  private static final String LOCK_TIMEOUT = "SET lock_timeout = ";

  private final List<Step> steps;
  private final List<String> notes;
  private final Supplier<Plan> reverse;
  private @Nullable Plan reversed;

  /**
   * A plan of these steps and notes; {@code reverse} makes the plan back, on first use of {@link
   * #reverse()}.
   */
  public Plan(List<Step> steps, List<String> notes, Supplier<Plan> reverse) {
    this.steps = List.copyOf(steps);
    this.notes = List.copyOf(notes);
    this.reverse = Objects.requireNonNull(reverse, "reverse");
  }

  /** The steps, in the order to run them. */
  public List<Step> steps() {
    return steps;
  }

  /**
   * What the plan cannot do or wants you to know, e.g. that a column is added at the end because
   * PostgreSQL cannot reorder columns. Notes are not changes: a plan with notes only is empty.
   */
  public List<String> notes() {
    return notes;
  }

  /** Whether there is nothing to change. */
  public boolean isEmpty() {
    return steps.isEmpty();
  }

  /** The steps that have a hazard of that kind. */
  public List<Step> stepsWith(HazardKind kind) {
    return steps.stream().filter(s -> s.has(kind)).toList();
  }

  /** Every statement of every step, in order. */
  public List<String> statements() {
    List<String> out = new ArrayList<>();
    steps.forEach(s -> out.addAll(s.statements()));
    return out;
  }

  /**
   * The plan from the target back to the source (for {@code down.sql}): data loss is accepted in
   * it, and what it cannot restore is marked in this plan's steps ({@link
   * HazardKind#NOT_REVERSIBLE}, {@link HazardKind#DATA_LOSS}).
   */
  public synchronized Plan reverse() {
    if (reversed == null) {
      reversed = reverse.get();
    }
    return reversed;
  }

  /**
   * The plan as a SQL script, ready to be a migration's {@code up.sql}: a title line, the notes,
   * then per step a comment with its number and description, one comment per hazard, and its
   * statements, each ending with {@code ;}. A step that runs outside a transaction says so in a
   * comment, as does one whose work is committed before the next step: the runner recognises both
   * kinds of statement by itself. A lock timeout ({@link PlanOptions#lockTimeout()}) is written as
   * the runner's {@code -- pgorm:lock-timeout} header line rather than as a {@code SET} statement.
   */
  public String upSql() {
    return render("pgorm plan", List.of());
  }

  /**
   * The reverse plan as a SQL script ({@link #upSql()} of {@link #reverse()}), headed by what it
   * cannot restore: the data that this plan's steps drop.
   */
  public String downSql() {
    List<String> lost = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.has(HazardKind.DATA_LOSS) || s.has(HazardKind.NOT_REVERSIBLE)) {
        lost.add(
            "up step "
                + (i + 1)
                + " ("
                + s.description()
                + ") cannot be undone in full: "
                + String.join(
                    "; ",
                    s.hazards().stream()
                        .filter(
                            h ->
                                h.kind() == HazardKind.DATA_LOSS
                                    || h.kind() == HazardKind.NOT_REVERSIBLE)
                        .map(Hazard::detail)
                        .toList()));
      }
    }
    return reverse().render("pgorm down plan (reverses the up plan)", lost);
  }

  private String render(String title, List<String> warnings) {
    StringBuilder b = new StringBuilder("-- ").append(title).append(": ");
    List<Step> shown = new ArrayList<>();
    String timeout = null;
    for (Step s : steps) {
      if (s.subject().isEmpty()
          && s.statements().size() == 1
          && s.statements().get(0).startsWith(LOCK_TIMEOUT)) {
        timeout = s.statements().get(0).substring(LOCK_TIMEOUT.length()).replace("'", "");
      } else {
        shown.add(s);
      }
    }
    b.append(
        shown.isEmpty() ? "no changes" : shown.size() + (shown.size() == 1 ? " step" : " steps"));
    b.append('\n');
    if (timeout != null) {
      b.append("-- pgorm:lock-timeout ").append(timeout).append('\n');
    }
    warnings.forEach(w -> b.append("-- not restored: ").append(w).append('\n'));
    notes.forEach(n -> b.append("-- note: ").append(n).append('\n'));
    for (int i = 0; i < shown.size(); i++) {
      Step s = shown.get(i);
      b.append("\n-- step ").append(i + 1).append(": ").append(s.description()).append('\n');
      s.hazards().forEach(h -> b.append("-- hazard ").append(h).append('\n'));
      if (!s.transactional()) {
        b.append("-- (runs on its own, outside a transaction)\n");
      }
      s.statements().forEach(st -> b.append(st).append(";\n"));
      if (s.commitAfter()) {
        b.append("-- (committed before the next step)\n");
      }
    }
    return b.toString();
  }

  @Override
  public String toString() {
    return upSql();
  }
}
