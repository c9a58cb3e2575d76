package io.pgorm.migrate.dev;

import io.pgorm.migrate.plan.Plan;

/**
 * What {@link MigrationDev#plan} found: the drift of the live database, and the plan from what the
 * migration files make to the declared schema.
 *
 * @param drift how the live database differs from its applied migrations
 * @param pending how many migration files are not applied to the live database yet (they are
 *     replayed before planning, so the plan comes after them)
 * @param plan the steps from the replayed files' schema to the declared one
 * @param schemaHash the {@link io.pgorm.migrate.history.SchemaHash} of the replayed files' schema,
 *     which the new migration's {@code up.sql} records
 */
public record DevPlan(Drift drift, int pending, Plan plan, String schemaHash) {}
