package io.pgorm.migrate.diff;

import io.pgorm.PgOrm;
import io.pgorm.migrate.plan.Plan;
import io.pgorm.migrate.plan.Step;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Flux;

/**
 * Applies a plan as a runner would: consecutive transactional steps in one transaction, committed
 * before a step that must run outside one and after a step whose work must be committed first; each
 * statement sent on its own. A failure names the step and the statement.
 */
final class PlanRunner {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private PlanRunner() {}

  static void apply(PgOrm db, Plan plan) {
    List<Step> batch = new ArrayList<>();
    for (Step s : plan.steps()) {
      if (!s.transactional()) {
        commit(db, batch, plan);
        for (String sql : s.statements()) {
          run(db, s, sql, plan);
        }
        continue;
      }
      batch.add(s);
      if (s.commitAfter()) {
        commit(db, batch, plan);
      }
    }
    commit(db, batch, plan);
  }

  private static void commit(PgOrm db, List<Step> batch, Plan plan) {
    if (batch.isEmpty()) {
      return;
    }
    List<Step> steps = List.copyOf(batch);
    batch.clear();
    db.inTransaction(
            tx ->
                Flux.fromIterable(steps)
                    .concatMap(
                        s ->
                            Flux.fromIterable(s.statements())
                                .concatMap(
                                    sql ->
                                        tx.sql(sql)
                                            .execute()
                                            .onErrorMap(e -> failure(s, sql, plan, e))))
                    .then())
        .block(TIMEOUT);
  }

  private static void run(PgOrm db, Step s, String sql, Plan plan) {
    db.sql(sql).execute().onErrorMap(e -> failure(s, sql, plan, e)).block(TIMEOUT);
  }

  private static AssertionError failure(Step s, String sql, Plan plan, Throwable e) {
    return new AssertionError(
        "Step "
            + (plan.steps().indexOf(s) + 1)
            + " ("
            + s.description()
            + ") failed: "
            + e.getMessage()
            + "\n  statement: "
            + sql
            + "\n\nplan:\n"
            + plan.upSql(),
        e);
  }
}
