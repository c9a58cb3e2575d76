package io.pgorm.migrate.plan;

import io.pgorm.error.PgOrmException;
import java.util.List;

/**
 * A plan would lose data and the options do not accept it. The message names every refused step;
 * {@link #plan()} is the plan all the same, for review.
 */
public final class DataLossRefusedException extends PgOrmException {

  private static final long serialVersionUID = 1L;

  private final transient Plan plan;
  private final transient List<Step> refused;

  /**
   * @param plan the whole plan
   * @param refused its data-loss steps that the options do not accept
   */
  public DataLossRefusedException(Plan plan, List<Step> refused) {
    super(message(plan, refused));
    this.plan = plan;
    this.refused = List.copyOf(refused);
  }

  /** The plan, with every step, refused or not. */
  public Plan plan() {
    return plan;
  }

  /** The steps refused. */
  public List<Step> refused() {
    return refused;
  }

  private static String message(Plan plan, List<Step> refused) {
    StringBuilder b = new StringBuilder("The plan loses data in ");
    b.append(refused.size()).append(refused.size() == 1 ? " step" : " steps");
    b.append(" and data loss is not accepted:");
    for (Step s : refused) {
      b.append("\n  step ").append(plan.steps().indexOf(s) + 1).append(": ");
      b.append(s.description());
      s.hazards().stream()
          .filter(h -> h.kind() == HazardKind.DATA_LOSS)
          .forEach(h -> b.append(" (").append(h.detail()).append(')'));
    }
    b.append("\nHint: review these steps; then accept them all with");
    b.append(" PlanOptions.builder().acceptDataLoss(true), or each by its subject with");
    b.append(" allowDataLoss(List.of(");
    List<String> subjects = refused.stream().map(Step::subject).distinct().toList();
    for (int i = 0; i < subjects.size(); i++) {
      b.append(i == 0 ? "" : ", ").append('"').append(subjects.get(i)).append('"');
    }
    return b.append(")).").toString();
  }
}
