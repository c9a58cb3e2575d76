package io.pgorm.migrate.internal.plan;

import io.pgorm.migrate.internal.diff.Action;
import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Changes;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.Key.Kind;
import io.pgorm.migrate.internal.diff.ModelIndex;
import io.pgorm.migrate.internal.diff.Obj;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order rules. For each changed object K:
 *
 * <ol>
 *   <li>K's drop before its create, and both before its final drop (a recreated type's old form);
 *   <li>what K depends on in the target is created (or altered) before K is;
 *   <li>K is dropped before what it depends on in the source is dropped or altered;
 *   <li>K is altered before a dependency it no longer has is dropped;
 *   <li>the old form of a recreated type goes after everything that used it;
 *   <li>an index and a constraint of the same name: the one that goes, before the one that comes;
 *   <li>partitions that go or are detached, before partitions of the same table come.
 * </ol>
 */
final class Edges {

  private Edges() {}

  static void add(Ctx ctx) {
    Changes ch = ctx.changes;
    Graph g = ctx.graph;
    for (Change c : ch.all()) {
      Key k = c.key();
      g.edge(k, Phase.DROP, k, Phase.CREATE);
      g.edge(k, Phase.CREATE, k, Phase.FINAL);
      g.edge(k, Phase.DROP, k, Phase.FINAL);
      Set<Key> after = ch.targetDeps().of(k);
      for (Key d : after) {
        g.edge(d, Phase.CREATE, k, Phase.CREATE);
        g.edge(k, Phase.CREATE, d, Phase.FINAL);
      }
      for (Key d : ch.sourceDeps().of(k)) {
        g.edge(k, Phase.DROP, d, Phase.DROP);
        g.edge(k, Phase.DROP, d, Phase.CREATE);
        g.edge(k, Phase.DROP, d, Phase.FINAL);
        g.edge(k, Phase.CREATE, d, Phase.FINAL);
        g.edge(k, Phase.FINAL, d, Phase.FINAL);
        g.edge(k, Phase.FINAL, d, Phase.DROP);
        if (!after.contains(d)) {
          g.edge(k, Phase.CREATE, d, Phase.DROP);
        }
      }
    }
    names(ctx);
    partitions(ctx);
  }

  /** Rule 6: index names and the indexes behind constraints share a namespace. */
  private static void names(Ctx ctx) {
    Map<String, List<Key>> byName = new HashMap<>();
    for (Change c : ctx.changes.all()) {
      Key k = c.key();
      if (k.kind() == Kind.INDEX) {
        byName.computeIfAbsent(k.schema() + "." + k.name(), x -> new ArrayList<>()).add(k);
      } else if (k.kind() == Kind.CONSTRAINT && indexBacked(c)) {
        byName.computeIfAbsent(k.schema() + "." + k.part(), x -> new ArrayList<>()).add(k);
      }
    }
    for (List<Key> same : byName.values()) {
      for (Key a : same) {
        for (Key b : same) {
          if (!a.equals(b)) {
            ctx.graph.edge(a, Phase.DROP, b, Phase.CREATE);
          }
        }
      }
    }
  }

  private static boolean indexBacked(Change c) {
    for (Obj o : new Obj[] {c.before(), c.after()}) {
      if (o != null
          && (o.value() instanceof PrimaryKey
              || o.value() instanceof UniqueConstraint
              || o.value() instanceof ExclusionConstraint)) {
        return true;
      }
    }
    return false;
  }

  /** Rule 7: bounds of partitions of one table must not overlap at any time. */
  private static void partitions(Ctx ctx) {
    Map<Key, List<Key>> leaving = new HashMap<>();
    Map<Key, List<Key>> joining = new HashMap<>();
    for (Change c : ctx.changes.all()) {
      Action a = c.action();
      if (c.before() != null
          && c.before().value() instanceof Table t
          && t.partitionOf() != null
          && a != Action.CREATE) {
        leaving.computeIfAbsent(parent(t.partitionOf()), x -> new ArrayList<>()).add(c.key());
      }
      if (c.after() != null
          && c.after().value() instanceof Table t
          && t.partitionOf() != null
          && a != Action.DROP) {
        joining.computeIfAbsent(parent(t.partitionOf()), x -> new ArrayList<>()).add(c.key());
      }
    }
    leaving.forEach(
        (parent, out) -> {
          for (Key in : joining.getOrDefault(parent, List.of())) {
            for (Key o : out) {
              if (!o.equals(in)) {
                ctx.graph.edge(o, Phase.DROP, in, Phase.CREATE);
              }
            }
          }
        });
  }

  private static Key parent(PartitionOf of) {
    return ModelIndex.relation(of.parent());
  }
}
