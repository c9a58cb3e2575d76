package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.TriggerDecl;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Triggers, with PostgreSQL's rules about what goes with what. */
final class TriggerLowering {

  private TriggerLowering() {}

  /**
   * @param onView whether the trigger's table is a view
   * @param columns the columns of the table, for {@code update of}
   * @param function the trigger function, or null if it did not resolve
   */
  static @Nullable Trigger trigger(
      TriggerDecl t,
      Ctx ctx,
      boolean onView,
      List<String> columns,
      String tableDisplay,
      io.pgorm.schema.ir.QualifiedName functionName,
      @Nullable Routine function,
      io.pgorm.schema.ir.@Nullable QualifiedName from) {
    String what = "trigger '" + t.name().text() + "'";
    boolean ok = true;
    TriggerTiming timing =
        switch (t.timing()) {
          case "before" -> TriggerTiming.BEFORE;
          case "after" -> TriggerTiming.AFTER;
          default -> TriggerTiming.INSTEAD_OF;
        };
    TriggerLevel level =
        Boolean.TRUE.equals(t.forEachRow()) ? TriggerLevel.ROW : TriggerLevel.STATEMENT;
    List<TriggerEvent> events = new ArrayList<>();
    List<String> updateOf = new ArrayList<>();
    for (TriggerDecl.Event e : t.events()) {
      TriggerEvent ev = TriggerEvent.valueOf(e.kind().toUpperCase(Locale.ROOT));
      if (events.contains(ev)) {
        ctx.error(e.pos(), "event '" + e.kind() + "' is given twice in " + what);
        ok = false;
      }
      events.add(ev);
      for (Ident c : e.columns()) {
        if (!columns.contains(c.text())) {
          ctx.error(
              c.pos(),
              "unknown column '"
                  + c.text()
                  + "' in 'update of' of "
                  + what
                  + ": "
                  + tableDisplay
                  + " has no such column"
                  + Suggest.didYouMean(c.text(), columns));
          ok = false;
        }
        updateOf.add(c.text());
      }
    }
    String oldTable = null;
    String newTable = null;
    for (TriggerDecl.Transition tr : t.transitions()) {
      if (tr.isNew() ? newTable != null : oldTable != null) {
        ctx.error(tr.pos(), (tr.isNew() ? "new" : "old") + " table is given twice in " + what);
        ok = false;
      } else if (tr.isNew()) {
        newTable = tr.name().text();
      } else {
        oldTable = tr.name().text();
      }
    }
    ok &= rules(t, ctx, what, onView, timing, level, events, updateOf, oldTable, newTable);
    if (function != null) {
      if (function.returns() == null
          || function.returns().type() == null
          || !function.returns().type().name().equals("trigger")
          || function.returns().type().schema() != null) {
        ctx.error(
            t.function().pos(),
            "function '"
                + Symbols.display(function.name())
                + "' does not return trigger, so "
                + what
                + " cannot execute it");
        ok = false;
      } else if (!function.arguments().isEmpty()) {
        ctx.error(
            t.function().pos(),
            "a trigger function takes no declared arguments; '"
                + Symbols.display(function.name())
                + "' has "
                + function.arguments().size()
                + " (trigger arguments arrive in TG_ARGV)");
        ok = false;
      }
    }
    Deferrability deferrability = Deferrability.NOT_DEFERRABLE;
    if (Boolean.TRUE.equals(t.deferrable())) {
      deferrability =
          Boolean.TRUE.equals(t.initiallyDeferred())
              ? Deferrability.INITIALLY_DEFERRED
              : Deferrability.INITIALLY_IMMEDIATE;
    } else if (t.initiallyDeferred() != null && t.deferrable() == null) {
      deferrability =
          t.initiallyDeferred() ? Deferrability.INITIALLY_DEFERRED : Deferrability.NOT_DEFERRABLE;
    }
    if (!t.constraint() && t.from() != null) {
      ctx.error(
          t.from().pos(),
          "only a constraint trigger names a referenced table with 'from'; write 'constraint trigger'");
      ok = false;
    }
    if (!t.constraint() && (t.deferrable() != null || t.initiallyDeferred() != null)) {
      ctx.error(t.pos(), "only a constraint trigger can be deferrable; write 'constraint trigger'");
      ok = false;
    }
    List<String> args = new ArrayList<>();
    for (Value v : t.args()) {
      if (v instanceof Value.Str s) {
        args.add(s.text());
      } else if (v instanceof Value.Num n) {
        args.add(n.text());
      } else if (v instanceof Value.Name n) {
        args.add(n.name().last().text());
      }
    }
    if (!ok) {
      return null;
    }
    return new Trigger(
        t.name().text(),
        timing,
        events,
        updateOf,
        level,
        t.when() == null ? null : t.when().text(),
        oldTable,
        newTable,
        functionName,
        args,
        t.constraint(),
        deferrability,
        t.doc(),
        from);
  }

  private static boolean rules(
      TriggerDecl t,
      Ctx ctx,
      String what,
      boolean onView,
      TriggerTiming timing,
      TriggerLevel level,
      List<TriggerEvent> events,
      List<String> updateOf,
      @Nullable String oldTable,
      @Nullable String newTable) {
    List<String> problems = new ArrayList<>();
    if (timing == TriggerTiming.INSTEAD_OF) {
      if (!onView) {
        problems.add("an instead of trigger is for views; use before or after on a table");
      } else if (level != TriggerLevel.ROW) {
        problems.add("an instead of trigger fires for each row; add 'for each row'");
      } else if (t.when() != null) {
        problems.add("an instead of trigger cannot have a when condition");
      } else if (!updateOf.isEmpty()) {
        problems.add("an instead of trigger cannot name columns in 'update of'");
      }
    } else if (onView && level == TriggerLevel.ROW) {
      problems.add(
          "a before or after trigger on a view fires for each statement; use instead of for rows");
    }
    if (events.contains(TriggerEvent.TRUNCATE) && level == TriggerLevel.ROW) {
      problems.add("a truncate trigger fires for each statement, not for each row");
    }
    if (oldTable != null || newTable != null) {
      if (timing != TriggerTiming.AFTER || onView) {
        problems.add("transition tables (referencing) are only for after triggers on tables");
      } else if (t.constraint()) {
        problems.add("a constraint trigger cannot have transition tables");
      } else if (!updateOf.isEmpty()) {
        problems.add("transition tables cannot be combined with 'update of' columns");
      } else if (events.size() != 1) {
        problems.add("transition tables need a trigger with exactly one event (PostgreSQL's rule)");
      } else if (oldTable != null
          && !events.contains(TriggerEvent.UPDATE)
          && !events.contains(TriggerEvent.DELETE)) {
        problems.add("an old table needs an update or delete event");
      } else if (newTable != null
          && !events.contains(TriggerEvent.UPDATE)
          && !events.contains(TriggerEvent.INSERT)) {
        problems.add("a new table needs an insert or update event");
      }
    }
    if (t.constraint()) {
      if (timing != TriggerTiming.AFTER || level != TriggerLevel.ROW) {
        problems.add("a constraint trigger is 'after ... for each row'");
      } else if (onView) {
        problems.add("a constraint trigger is for tables, not views");
      }
    }
    for (String p : problems) {
      ctx.error(t.name().pos(), what + ": " + p);
    }
    return problems.isEmpty();
  }
}
