/**
 * Migration plans: ordered {@link io.pgorm.migrate.plan.Step steps} of SQL with typed {@link
 * io.pgorm.migrate.plan.Hazard hazards}, the reverse plan, and the {@link
 * io.pgorm.migrate.plan.PlanOptions options} that choose online-safe statements and accept data
 * loss. Plans are made by {@link io.pgorm.migrate.diff.SchemaDiff}; rendering to a script ({@link
 * io.pgorm.migrate.plan.Plan#upSql()}) needs no connection.
 */
@NullMarked
package io.pgorm.migrate.plan;

import org.jspecify.annotations.NullMarked;
