package io.pgorm.migrate.internal.plan;

import io.pgorm.migrate.internal.diff.Action;
import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Changes;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.ModelIndex;
import io.pgorm.migrate.plan.PlanOptions;
import io.pgorm.migrate.plan.Step;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import org.jspecify.annotations.Nullable;

/** What the renderers share: the changes, the options, the graph the steps go on. */
final class Ctx {

  final Changes changes;
  final PlanOptions options;
  final Graph graph = new Graph();

  Ctx(Changes changes, PlanOptions options) {
    this.changes = changes;
    this.options = options;
  }

  void add(Key key, Phase phase, Step step) {
    graph.vertex(key, phase).steps.add(step);
  }

  void create(Key key, Step step) {
    add(key, Phase.CREATE, step);
  }

  void drop(Key key, Step step) {
    add(key, Phase.DROP, step);
  }

  /** The action on {@code key}, or {@code null} when it does not change. */
  @Nullable Action action(Key key) {
    Change c = changes.get(key);
    return c == null ? null : c.action();
  }

  /** Whether the object goes away (dropped or dropped to be made again). */
  boolean goes(Key key) {
    Action a = action(key);
    return a == Action.DROP || a == Action.REPLACE;
  }

  /** Whether the object is made now (created, or made again). */
  boolean isNew(Key key) {
    Action a = action(key);
    return a == Action.CREATE || a == Action.REPLACE;
  }

  /** Whether the relation holds rows before and after: it exists on both sides, kept. */
  boolean kept(Key relation) {
    return changes.source().contains(relation) && !goes(relation) && !isNew(relation);
  }

  /** Whether the type (or its element type) is recreated by this plan. */
  boolean recreated(TypeRef type) {
    String schema = type.schema();
    return schema != null
        && action(ModelIndex.type(QualifiedName.of(schema, type.name()))) == Action.RECREATE;
  }

  /** The target table of a relation key, or {@code null} when it is none. */
  @Nullable Table targetTable(Key relation) {
    return changes.target().value(relation) instanceof Table t ? t : null;
  }

  /** The source table of a relation key, or {@code null} when it is none. */
  @Nullable Table sourceTable(Key relation) {
    return changes.source().value(relation) instanceof Table t ? t : null;
  }
}
