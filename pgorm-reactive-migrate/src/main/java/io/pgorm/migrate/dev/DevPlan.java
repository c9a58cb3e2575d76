package io.pgorm.migrate.dev;

import io.pgorm.migrate.plan.DataLossRefusedException;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.Step;
import java.util.List;

/**
 * What {@link MigrationDev#plan} found: the drift of the live database, and the plan from what the
 * migration files make to the declared schema.
 *
 * @param drift how the live database differs from its applied migrations
 * @param pending how many migration files are not applied to the live database yet (they are
 *     replayed before planning, so the plan comes after them)
 * @param plan the steps from the replayed files' schema to the declared one, every data-loss step
 *     included
 * @param refused the plan's data-loss steps that the plan options do not accept; {@link
 *     MigrationFiles#write} refuses to write a plan with any
 * @param schemaHash the {@link io.pgorm.migrate.history.SchemaHash} of the replayed files' schema,
 *     which the new migration's {@code up.sql} records
 */
public record DevPlan(Drift drift, int pending, Plan plan, List<Step> refused, String schemaHash) {

  public DevPlan {
    refused = List.copyOf(refused);
  }

  /**
   * The refusal as an exception, its message naming each refused step.
   *
   * @throws IllegalStateException if no step is refused
   */
  public DataLossRefusedException refusal() {
    if (refused.isEmpty()) {
      throw new IllegalStateException("the plan loses no data that is not accepted");
    }
    return new DataLossRefusedException(plan, refused);
  }
}
