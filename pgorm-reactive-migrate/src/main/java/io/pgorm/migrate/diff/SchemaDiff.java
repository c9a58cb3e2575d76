package io.pgorm.migrate.diff;

import io.pgorm.migrate.internal.diff.Changes;
import io.pgorm.migrate.internal.plan.Planner;
import io.pgorm.migrate.plan.DataLossRefusedException;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.schema.ir.SchemaModel;
import java.util.List;

/**
 * The plan that turns one schema into another: {@code diff(from, to)} compares two IR models and
 * orders the statements that change the first into the second. Pure: no I/O, no connection; the
 * plan is data ({@link Plan#upSql()}), applied by whoever runs it.
 *
 * <p>Expressions are compared as text, so both models should come from the same server's printing:
 * a live database read by {@link io.pgorm.migrate.introspect.Introspector}, and a schema file
 * materialised and read back by {@link io.pgorm.migrate.shadow.ShadowDatabase}. Renames happen only
 * where {@code to} declares them ({@code renamedFrom}); nothing is guessed.
 *
 * <pre>{@code
 * Plan plan = SchemaDiff.diff(live, wanted);
 * System.out.print(plan.upSql());
 * }</pre>
 */
public final class SchemaDiff {

  private SchemaDiff() {}

  /**
   * The plan from {@code from} to {@code to} with {@link PlanOptions#defaults()}: plain DDL, data
   * loss refused.
   *
   * @throws DataLossRefusedException if a step would lose data; the message names each one
   */
  public static Plan diff(SchemaModel from, SchemaModel to) {
    return diff(from, to, PlanOptions.defaults());
  }

  /**
   * The plan from {@code from} to {@code to}. Its {@link Plan#reverse() reverse} goes back, with
   * data loss accepted (a down migration loses what the up migration added).
   *
   * @throws DataLossRefusedException if a step would lose data and {@code options} accept neither
   *     all data loss nor that step's subject; the message names each refused step, and the
   *     exception holds the plan
   */
  public static Plan diff(SchemaModel from, SchemaModel to, PlanOptions options) {
    Plan plan = plan(from, to, options);
    List<Step> refused =
        plan.stepsWith(HazardKind.DATA_LOSS).stream()
            .filter(s -> !options.accepts(s.subject()))
            .toList();
    if (!refused.isEmpty()) {
      throw new DataLossRefusedException(plan, refused);
    }
    return plan;
  }

  private static Plan plan(SchemaModel from, SchemaModel to, PlanOptions options) {
    Changes changes = Changes.of(from, to);
    Planner.Result result = Planner.plan(changes, options);
    SchemaModel back = changes.renames().reverseHints(changes.original());
    PlanOptions reverse = options.toBuilder().acceptDataLoss(true).build();
    return new Plan(result.steps(), result.notes(), () -> plan(to, back, reverse));
  }
}
