package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.identList;
import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import java.util.StringJoiner;

/** Triggers on tables and views, constraint triggers included. */
public final class TriggerDdl {

  private TriggerDdl() {}

  /** {@code CREATE [CONSTRAINT] TRIGGER} on the table or view {@code relation}. */
  public static String createTrigger(QualifiedName relation, Trigger t) {
    StringBuilder b = new StringBuilder("CREATE ");
    if (t.constraint()) {
      b.append("CONSTRAINT ");
    }
    b.append("TRIGGER ").append(quoteIdent(t.name())).append(' ');
    b.append(
        switch (t.timing()) {
          case BEFORE -> "BEFORE";
          case AFTER -> "AFTER";
          case INSTEAD_OF -> "INSTEAD OF";
        });
    StringJoiner events = new StringJoiner(" OR ", " ", "");
    for (TriggerEvent e : t.events()) {
      events.add(
          e == TriggerEvent.UPDATE && !t.updateOf().isEmpty()
              ? "UPDATE OF " + identList(t.updateOf())
              : e.name());
    }
    b.append(events).append(" ON ").append(qualified(relation));
    QualifiedName from = t.referencedTable();
    if (from != null) {
      b.append(" FROM ").append(qualified(from));
    }
    if (t.constraint() && t.deferrability() != Deferrability.NOT_DEFERRABLE) {
      b.append(ConstraintDdl.deferrability(t.deferrability()));
    }
    String oldTable = t.oldTable();
    String newTable = t.newTable();
    if (oldTable != null || newTable != null) {
      b.append(" REFERENCING");
      if (oldTable != null) {
        b.append(" OLD TABLE AS ").append(quoteIdent(oldTable));
      }
      if (newTable != null) {
        b.append(" NEW TABLE AS ").append(quoteIdent(newTable));
      }
    }
    b.append(" FOR EACH ").append(t.level().name());
    String when = t.when();
    if (when != null) {
      b.append(" WHEN (").append(when).append(')');
    }
    StringJoiner args = new StringJoiner(", ", "(", ")");
    t.arguments().forEach(a -> args.add(literal(a)));
    return b.append(" EXECUTE FUNCTION ").append(qualified(t.function())).append(args).toString();
  }

  /** {@code DROP TRIGGER name ON relation}. */
  public static String dropTrigger(QualifiedName relation, String name) {
    return "DROP TRIGGER " + quoteIdent(name) + " ON " + qualified(relation);
  }
}
