package io.pgorm.migrate.internal.plan;

import static io.pgorm.migrate.internal.plan.StepBuilder.step;

import io.pgorm.migrate.internal.diff.Action;
import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Changes;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.Key.Kind;
import io.pgorm.migrate.internal.diff.Renames;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.View;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Changes to ordered steps: rendered on the graph's vertices, ordered by its edges. */
public final class Planner {

  /** The steps and the notes of a plan. */
  public record Result(List<Step> steps, List<String> notes) {}

  private Planner() {}

  public static Result plan(Changes changes, PlanOptions options) {
    Ctx ctx = new Ctx(changes, options);
    List<String> notes = new ArrayList<>(changes.notes());
    for (Change c : changes.all()) {
      alias(ctx, c);
    }
    for (Change c : changes.all()) {
      render(ctx, c, notes);
    }
    Edges.add(ctx);
    List<Step> steps = new ArrayList<>();
    for (Renames.Op op : changes.renames().ops()) {
      steps.add(step(op.key().subject(), op.description()).sql(op.sql()).build());
    }
    steps.addAll(ctx.graph.sort());
    for (String cycle : ctx.graph.cycles()) {
      notes.add(
          "a dependency cycle was broken at " + cycle + "; check the order of the steps around it");
    }
    Duration timeout = options.lockTimeout();
    if (timeout != null && !steps.isEmpty()) {
      steps.add(
          0,
          step("", "wait at most " + timeout.toMillis() + " ms for each lock")
              .sql("SET lock_timeout = '" + timeout.toMillis() + "ms'")
              .build());
    }
    return new Result(steps, notes);
  }

  /** Parts that go or come with their relation, grants that go with their object. */
  private static void alias(Ctx ctx, Change c) {
    Key k = c.key();
    Action a = c.action();
    switch (k.kind()) {
      case CONSTRAINT, INDEX, TRIGGER, POLICY -> {
        if ((a == Action.DROP || a == Action.REPLACE) && PartSteps.dropsWithParent(ctx, c)) {
          ctx.graph.alias(k, Phase.DROP, parent(c.before()), Phase.DROP);
        }
        if ((a == Action.CREATE || a == Action.REPLACE) && PartSteps.madeWithParent(ctx, c)) {
          ctx.graph.alias(k, Phase.CREATE, parent(c.after()), Phase.CREATE);
        }
      }
      case GRANT -> {
        if (a == Action.REPLACE) {
          for (Key d : ctx.changes.sourceDeps().of(k)) {
            if (d.kind() != Kind.ROLE) {
              ctx.graph.alias(k, Phase.DROP, d, Phase.DROP);
              break;
            }
          }
        }
      }
      default -> {}
    }
  }

  private static Key parent(
      io.pgorm.migrate.internal.diff.@org.jspecify.annotations.Nullable Obj o) {
    return TableSteps.nonNull(TableSteps.nonNull(o).parent());
  }

  private static void render(Ctx ctx, Change c, List<String> notes) {
    switch (c.key().kind()) {
      case TYPE -> TypeSteps.render(ctx, c);
      case RELATION -> relation(ctx, c, notes);
      case CONSTRAINT, INDEX, TRIGGER, POLICY -> PartSteps.render(ctx, c);
      default -> ObjectSteps.render(ctx, c, notes);
    }
  }

  private static void relation(Ctx ctx, Change c, List<String> notes) {
    Object a = c.before() == null ? null : c.before().value();
    Object b = c.after() == null ? null : c.after().value();
    boolean tables = (a == null || a instanceof Table) && (b == null || b instanceof Table);
    boolean views = (a == null || a instanceof View) && (b == null || b instanceof View);
    if (tables) {
      TableSteps.render(ctx, c);
    } else if (views) {
      ObjectSteps.render(ctx, c, notes);
    } else {
      String why = "it becomes a " + (b instanceof Table ? "table" : "view");
      Key k = c.key();
      if (a instanceof Table t) {
        TableSteps.drop(ctx, k, t, why);
      } else {
        ctx.drop(k, ObjectSteps.dropView(k, (View) TableSteps.nonNull(a), " (" + why + ")"));
      }
      if (b instanceof Table t) {
        TableSteps.create(ctx, k, t, why);
      } else {
        ObjectSteps.createView(ctx, k, (View) TableSteps.nonNull(b), "create ");
      }
    }
  }
}
