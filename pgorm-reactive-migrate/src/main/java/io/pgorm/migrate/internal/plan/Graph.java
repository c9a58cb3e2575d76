package io.pgorm.migrate.internal.plan;

import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.plan.Step;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Vertices (an object's drop, create and final phases) holding steps, edges between them, and a
 * topological order that runs creates as early and drops as late as the edges allow, keeping the
 * order vertices were added in otherwise. A vertex may stand for another one (an index dropped with
 * its table): edges to it go to the other.
 */
final class Graph {

  record Id(Key key, Phase phase) {}

  static final class Vertex {
    final Id id;
    final int seq;
    final List<Step> steps = new ArrayList<>();
    final Set<Vertex> next = new LinkedHashSet<>();
    int pending;

    Vertex(Id id, int seq) {
      this.id = id;
      this.seq = seq;
    }
  }

  private final Map<Id, Vertex> vertices = new LinkedHashMap<>();
  private final Map<Id, Id> aliases = new HashMap<>();
  private final List<String> cycles = new ArrayList<>();

  Vertex vertex(Key key, Phase phase) {
    Id id = resolve(new Id(key, phase));
    return vertices.computeIfAbsent(id, i -> new Vertex(i, vertices.size()));
  }

  boolean has(Key key, Phase phase) {
    return vertices.containsKey(resolve(new Id(key, phase)));
  }

  /** Makes {@code key}'s {@code phase} vertex stand for {@code target}'s. */
  void alias(Key key, Phase phase, Key target, Phase targetPhase) {
    Id from = new Id(key, phase);
    Id to = resolve(new Id(target, targetPhase));
    if (!from.equals(to)) {
      aliases.put(from, to);
    }
  }

  private Id resolve(Id id) {
    Id cur = id;
    for (int i = 0; i < 16; i++) {
      Id next = aliases.get(cur);
      if (next == null) {
        return cur;
      }
      cur = next;
    }
    return cur;
  }

  /** {@code a} runs before {@code b}, if both vertices exist. */
  void edge(Key a, Phase pa, Key b, Phase pb) {
    Vertex va = vertices.get(resolve(new Id(a, pa)));
    Vertex vb = vertices.get(resolve(new Id(b, pb)));
    if (va != null && vb != null && va != vb && va.next.add(vb)) {
      vb.pending++;
    }
  }

  /** The steps in order. */
  List<Step> sort() {
    PriorityQueue<Vertex> ready =
        new PriorityQueue<>(
            (x, y) -> {
              int c = Integer.compare(x.id.phase().ordinal(), y.id.phase().ordinal());
              return c != 0 ? c : Integer.compare(x.seq, y.seq);
            });
    vertices.values().stream().filter(v -> v.pending == 0).forEach(ready::add);
    List<Step> out = new ArrayList<>();
    Set<Vertex> done = new LinkedHashSet<>();
    while (done.size() < vertices.size()) {
      Vertex v = ready.poll();
      if (v == null) {
        v = breakCycle(done);
      }
      if (!done.add(v)) {
        continue;
      }
      out.addAll(v.steps);
      for (Vertex n : v.next) {
        if (--n.pending == 0 && !done.contains(n)) {
          ready.add(n);
        }
      }
    }
    return out;
  }

  private Vertex breakCycle(Set<Vertex> done) {
    Vertex first = null;
    for (Vertex v : vertices.values()) {
      if (!done.contains(v)
          && (first == null
              || v.id.phase().ordinal() < first.id.phase().ordinal()
              || (v.id.phase() == first.id.phase() && v.seq < first.seq))) {
        first = v;
      }
    }
    if (first == null) {
      throw new IllegalStateException("no vertex left");
    }
    cycles.add(first.id.key().toString());
    return first;
  }

  /** The objects where a dependency cycle was broken, in order. */
  List<String> cycles() {
    return cycles;
  }
}
