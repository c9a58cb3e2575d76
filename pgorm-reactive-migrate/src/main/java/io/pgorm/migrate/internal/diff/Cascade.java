package io.pgorm.migrate.internal.diff;

import io.pgorm.migrate.internal.diff.Key.Kind;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Spreads changes to what depends on them, as PostgreSQL requires: what depends on a replaced or
 * recreated object is replaced too (views, routines, triggers, policies, foreign keys, the parts of
 * a replaced table), columns of a recreated type are cast to the new one, defaults that call a
 * replaced routine are dropped and set again, and what uses a column whose type changes or that
 * goes (views, SQL routines, policies, triggers, generated columns) is dropped and re-created
 * around the change. Dependants are found in the source, where they exist before the change.
 */
final class Cascade {

  private final Changes changes;
  private final Deque<Key> objects = new ArrayDeque<>();
  private final Deque<ColumnEvent> columns = new ArrayDeque<>();

  private record ColumnEvent(Key table, String column, boolean typeOnly) {}

  private Cascade(Changes changes) {
    this.changes = changes;
  }

  static void run(Changes changes) {
    Cascade c = new Cascade(changes);
    for (Change ch : List.copyOf(changes.all())) {
      c.seed(ch);
    }
    c.drain();
  }

  private void seed(Change ch) {
    switch (ch.action()) {
      case REPLACE, RECREATE -> objects.add(ch.key());
      case ALTER -> {
        if (ch.before() != null
            && ch.before().value() instanceof Table a
            && ch.after() != null
            && ch.after().value() instanceof Table b) {
          Table ea = changes.effectiveSource(a);
          ch.columns.forEach(
              (name, action) -> {
                if (action == ColumnAction.DROP || action == ColumnAction.REPLACE) {
                  columns.add(new ColumnEvent(ch.key(), name, false));
                } else if (action == ColumnAction.ALTER) {
                  Column x = ea.column(name);
                  Column y = b.column(name);
                  if (x != null && y != null && retyped(x, y)) {
                    columns.add(new ColumnEvent(ch.key(), name, true));
                  }
                }
              });
        }
      }
      default -> {}
    }
  }

  static boolean retyped(Column x, Column y) {
    return !x.type().equals(y.type()) || !Objects.equals(x.collation(), y.collation());
  }

  private void drain() {
    while (!objects.isEmpty() || !columns.isEmpty()) {
      if (!objects.isEmpty()) {
        object(objects.poll());
      } else {
        column(columns.poll());
      }
    }
  }

  /** Whether {@code key} is on both sides and not yet replaced or recreated. */
  private boolean open(Key key) {
    if (!changes.source().contains(key) || !changes.target().contains(key)) {
      return false;
    }
    Change c = changes.get(key);
    return c == null || c.action() == Action.ALTER;
  }

  private void replace(Key key, String why) {
    if (open(key)) {
      changes.change(key, key.kind() == Kind.TYPE ? Action.RECREATE : Action.REPLACE, why);
      objects.add(key);
    }
  }

  private void object(Key x) {
    Change cx = changes.get(x);
    String why =
        "it depends on "
            + x
            + ", which is "
            + (cx != null && cx.action() == Action.RECREATE ? "recreated" : "replaced");
    for (Key d : List.copyOf(changes.sourceDeps().dependants(x))) {
      switch (d.kind()) {
        case RELATION -> relationDependant(x, d, why);
        case SEQUENCE_OWNER, CONSTRAINT, INDEX, TRIGGER, POLICY, ROUTINE, TYPE -> replace(d, why);
        case GRANT -> {
          if (open(d)) {
            changes.change(d, Action.REPLACE, why);
          }
        }
        default -> {}
      }
    }
    if (x.kind() == Kind.TYPE) {
      typeMentions(x, why);
    }
  }

  /** A table or view that depends on {@code x}: how depends on what {@code x} is. */
  private void relationDependant(Key x, Key d, String why) {
    Object dv = changes.target().value(d);
    if (dv instanceof View) {
      replace(d, why);
      return;
    }
    if (!(dv instanceof Table t) || !open(d)) {
      return;
    }
    if (x.kind() == Kind.RELATION) {
      Object parent = changes.target().value(x);
      boolean partition =
          t.partitionOf() != null && ModelIndex.relation(t.partitionOf().parent()).equals(x);
      if (partition || parent instanceof View || usesRowType(t, x)) {
        replace(d, why);
      }
      return;
    }
    List<String> casts = new ArrayList<>();
    List<String> resets = new ArrayList<>();
    List<String> regenerate = new ArrayList<>();
    for (Column col : t.columns()) {
      if (x.kind() == Kind.TYPE && uses(col.type(), x)) {
        casts.add(col.name());
      }
      if (x.kind() == Kind.ROUTINE || x.kind() == Kind.TYPE) {
        String dflt = col.defaultExpression();
        if (dflt != null && Tokens.of(dflt).contains(x.name())) {
          resets.add(col.name());
        }
        String gen = col.generatedExpression();
        if (gen != null && Tokens.of(gen).contains(x.name())) {
          regenerate.add(col.name());
        }
      }
    }
    if (casts.isEmpty() && resets.isEmpty() && regenerate.isEmpty()) {
      return;
    }
    Change c = changes.change(d, Action.ALTER, null);
    for (String col : casts) {
      if (c.casts.add(col)) {
        columns.add(new ColumnEvent(d, col, true));
      }
    }
    c.resetDefaults.addAll(resets);
    for (String col : regenerate) {
      ColumnAction now = c.columns.get(col);
      if (now != ColumnAction.REPLACE && now != ColumnAction.ADD) {
        c.columns.put(col, ColumnAction.REPLACE);
        columns.add(new ColumnEvent(d, col, false));
      }
    }
  }

  private static boolean usesRowType(Table t, Key relation) {
    return t.columns().stream().anyMatch(c -> uses(c.type(), relation));
  }

  private static boolean uses(TypeRef t, Key type) {
    return type.schema().equals(t.schema()) && type.name().equals(t.name());
  }

  /** Constraints, indexes, policies and triggers whose text names a recreated type. */
  private void typeMentions(Key type, String why) {
    for (Obj o : changes.source().objects()) {
      Key k = o.key();
      if ((k.kind() == Kind.CONSTRAINT
              || k.kind() == Kind.INDEX
              || k.kind() == Kind.POLICY
              || k.kind() == Kind.TRIGGER
              || k.kind() == Kind.RELATION)
          && !(o.value() instanceof Table)
          && changes.sourceDeps().tokens(k).contains(type.name())) {
        replace(k, why);
      }
    }
  }

  private void column(ColumnEvent e) {
    Key table = e.table();
    Object tv = changes.target().value(table);
    String oldTable = changes.renames().oldRelation(ModelIndexNames.name(table)).name();
    String oldColumn = changes.renames().oldColumn(ModelIndexNames.name(table), e.column());
    String why =
        "it uses column "
            + table.subject()
            + "."
            + e.column()
            + ", which "
            + (e.typeOnly() ? "changes type" : "is dropped or replaced");
    for (Key d : List.copyOf(changes.sourceDeps().dependants(table))) {
      Set<String> words = changes.sourceDeps().tokens(d);
      if (!words.contains(oldColumn)) {
        continue;
      }
      switch (d.kind()) {
        case RELATION, ROUTINE -> {
          if (words.contains(oldTable) && !(changes.target().value(d) instanceof Table)) {
            replace(d, why);
          }
        }
        case POLICY, TRIGGER -> replace(d, why);
        case CONSTRAINT, INDEX -> {
          boolean own = d.schema().equals(table.schema()) && isPartOf(d, table);
          if (own && !e.typeOnly()) {
            replace(d, why);
          } else if (own && castToRecreated(table, e.column())) {
            replace(d, why);
          }
        }
        default -> {}
      }
    }
    if (tv instanceof Table t) {
      Change c = changes.get(table);
      for (Column col : t.columns()) {
        String gen = col.generatedExpression();
        if (c != null
            && c.action() == Action.ALTER
            && gen != null
            && !col.name().equals(e.column())
            && Tokens.of(gen).contains(e.column())
            && c.columns.get(col.name()) != ColumnAction.REPLACE
            && c.columns.get(col.name()) != ColumnAction.ADD) {
          c.columns.put(col.name(), ColumnAction.REPLACE);
          columns.add(new ColumnEvent(table, col.name(), false));
        }
      }
      foreignKeysOnReplaced(table, e, why);
    }
  }

  /** Foreign keys of other tables that reference a column dropped and added again. */
  private void foreignKeysOnReplaced(Key table, ColumnEvent e, String why) {
    if (e.typeOnly()) {
      return;
    }
    for (Key d : List.copyOf(changes.sourceDeps().dependants(table))) {
      if (d.kind() == Kind.CONSTRAINT
          && changes.source().value(d) instanceof ForeignKey f
          && f.referencedColumns().contains(e.column())) {
        replace(d, why);
      }
    }
  }

  private boolean castToRecreated(Key table, String column) {
    Change c = changes.get(table);
    return c != null && c.casts.contains(column);
  }

  private boolean isPartOf(Key part, Key table) {
    Obj o = changes.source().get(part);
    return o != null && table.equals(o.parent());
  }
}
