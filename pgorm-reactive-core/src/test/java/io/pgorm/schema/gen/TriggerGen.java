package io.pgorm.schema.gen;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Triggers that keep PostgreSQL's rules, on models and on views. */
final class TriggerGen {

  private final Random r;
  private final Features f;
  private final List<QualifiedName> functions;

  TriggerGen(Random r, Features f, List<QualifiedName> functions) {
    this.r = r;
    this.f = f;
    this.functions = functions;
  }

  void generate(List<TB> tables, List<ViewGen.VB> views) {
    if (functions.isEmpty()) {
      return;
    }
    for (TB t : tables) {
      if (t.partitionOf == null && !t.columns.isEmpty() && r.nextInt(3) == 0) {
        for (int i = 1 + r.nextInt(2); i > 0; i--) {
          t.triggers.add(onTable(t, tables));
        }
      }
    }
    for (ViewGen.VB v : views) {
      if (!v.materialized && r.nextInt(2) == 0) {
        v.triggers.add(onView(v));
      }
    }
  }

  private Trigger onTable(TB t, List<TB> tables) {
    boolean constraint = r.nextInt(5) == 0;
    TriggerTiming timing =
        constraint
            ? TriggerTiming.AFTER
            : r.nextBoolean() ? TriggerTiming.BEFORE : TriggerTiming.AFTER;
    TriggerLevel level = constraint || r.nextBoolean() ? TriggerLevel.ROW : TriggerLevel.STATEMENT;
    List<TriggerEvent> events =
        new ArrayList<>(List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE, TriggerEvent.DELETE));
    if (level == TriggerLevel.STATEMENT && !constraint) {
      events.add(TriggerEvent.TRUNCATE);
    }
    Collections.shuffle(events, r);
    events = new ArrayList<>(events.subList(0, 1 + r.nextInt(events.size())));
    List<String> updateOf = new ArrayList<>();
    String oldTable = null;
    String newTable = null;
    boolean transitions =
        timing == TriggerTiming.AFTER
            && !constraint
            && r.nextInt(3) == 0
            && events.size() == 1
            && !events.contains(TriggerEvent.TRUNCATE);
    if (transitions) {
      if (events.contains(TriggerEvent.UPDATE) || events.contains(TriggerEvent.DELETE)) {
        oldTable = "old_rows";
      }
      if (events.contains(TriggerEvent.UPDATE) || events.contains(TriggerEvent.INSERT)) {
        newTable = "new_rows";
      }
      f.add("trigger transition tables");
    } else if (events.contains(TriggerEvent.UPDATE) && r.nextBoolean()) {
      for (Column c : t.columns) {
        if (r.nextBoolean()) {
          updateOf.add(c.name());
        }
      }
      if (!updateOf.isEmpty()) {
        f.add("trigger update of");
      }
    }
    String name = Pools.name(r, "trg", t.triggerNames);
    f.add(
        constraint
            ? "constraint trigger"
            : "trigger " + timing.name().toLowerCase(java.util.Locale.ROOT));
    f.add("trigger for each " + level.name().toLowerCase(java.util.Locale.ROOT));
    return new Trigger(
        name,
        timing,
        events,
        updateOf,
        level,
        r.nextInt(3) == 0 ? Pools.pick(r, Pools.EXPRESSIONS) : null,
        oldTable,
        newTable,
        Pools.pick(r, functions),
        args(),
        constraint,
        constraint ? Pools.pick(r, List.of(Deferrability.values())) : Deferrability.NOT_DEFERRABLE,
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        constraint && r.nextBoolean() ? from(tables) : null);
  }

  private QualifiedName from(List<TB> tables) {
    f.add("constraint trigger from");
    return Pools.pick(r, tables).name;
  }

  private List<String> args() {
    List<String> out = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      out.add(Pools.pick(r, List.of("a", "it's", "1", "", "x y")));
    }
    return out;
  }

  private Trigger onView(ViewGen.VB v) {
    boolean insteadOf = r.nextBoolean();
    List<TriggerEvent> events =
        new ArrayList<>(List.of(TriggerEvent.INSERT, TriggerEvent.UPDATE, TriggerEvent.DELETE));
    Collections.shuffle(events, r);
    events = new ArrayList<>(events.subList(0, 1 + r.nextInt(events.size())));
    f.add(insteadOf ? "trigger instead of" : "trigger on view per statement");
    return new Trigger(
        Pools.name(r, "vt", v.triggerNames),
        insteadOf ? TriggerTiming.INSTEAD_OF : TriggerTiming.BEFORE,
        events,
        List.of(),
        insteadOf ? TriggerLevel.ROW : TriggerLevel.STATEMENT,
        null,
        null,
        null,
        Pools.pick(r, functions),
        args(),
        false,
        Deferrability.NOT_DEFERRABLE,
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        null);
  }
}
