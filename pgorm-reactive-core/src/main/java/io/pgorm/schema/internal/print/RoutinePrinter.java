package io.pgorm.schema.internal.print;

import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ParallelSafety;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineKind;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TriggerEvent;
import io.pgorm.schema.ir.TriggerLevel;
import io.pgorm.schema.ir.TriggerTiming;
import io.pgorm.schema.ir.Volatility;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Functions, procedures and triggers in PostgreSQL's clause order. */
final class RoutinePrinter {

  private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}0-9_$]*");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

  private final Refs refs;

  RoutinePrinter(Refs refs) {
    this.refs = refs;
  }

  void routine(Routine r, Out out) {
    String from = r.name().schema();
    out.doc("", r.comment());
    List<String> args = new ArrayList<>();
    for (RoutineArg a : r.arguments()) {
      StringBuilder b = new StringBuilder();
      if (a.mode() != ArgMode.IN) {
        b.append(a.mode().name().toLowerCase(Locale.ROOT)).append(' ');
      }
      if (a.name() != null) {
        b.append(Words.ident(a.name())).append(' ');
      }
      b.append(refs.type(a.type(), from, false));
      if (a.defaultExpression() != null) {
        b.append(" default ").append(SqlText.argument(a.defaultExpression()));
      }
      args.add(b.toString());
    }
    boolean procedure = r.kind() == RoutineKind.PROCEDURE;
    out.line(
        "",
        (procedure ? "procedure " : "function ")
            + Refs.decl(r.name())
            + "("
            + String.join(", ", args)
            + ")");
    RoutineReturn ret = r.returns();
    if (ret != null) {
      out.line("  ", "returns " + returns(ret, from));
    }
    out.line("  ", "language " + Words.ident(r.language()));
    List<String> flags = new ArrayList<>();
    if (r.volatility() != Volatility.VOLATILE) {
      flags.add(r.volatility().name().toLowerCase(Locale.ROOT));
    }
    if (r.strict()) {
      flags.add("strict");
    }
    if (r.securityDefiner()) {
      flags.add("security definer");
    }
    if (r.parallel() != ParallelSafety.UNSAFE) {
      flags.add("parallel " + r.parallel().name().toLowerCase(Locale.ROOT));
    }
    if (r.leakproof()) {
      flags.add("leakproof");
    }
    if (r.cost() != null) {
      flags.add("cost " + r.cost().toPlainString());
    }
    if (r.rows() != null) {
      flags.add("rows " + r.rows().toPlainString());
    }
    if (procedure
        && (r.volatility() != Volatility.VOLATILE
            || r.strict()
            || r.parallel() != ParallelSafety.UNSAFE)) {
      throw new IllegalArgumentException(
          "a procedure has no volatility, strictness or parallel label: " + r.name());
    }
    if (!flags.isEmpty()) {
      out.line("  ", String.join(" ", flags));
    }
    new TreeMap<>(r.settings())
        .forEach((k, v) -> out.line("  ", "set " + Words.ident(k) + " = " + setting(v)));
    out.line("  ", "as " + Words.body(r.body()));
  }

  private String returns(RoutineReturn ret, String from) {
    if (ret.type() != null) {
      return (ret.setOf() ? "setof " : "") + refs.type(ret.type(), from, false);
    }
    List<String> cols = new ArrayList<>();
    for (Attribute a : ret.table()) {
      if (a.collation() != null) {
        throw new IllegalArgumentException("a returns table column has no collation: " + a.name());
      }
      cols.add(Words.ident(a.name()) + " " + refs.type(a.type(), from, false));
    }
    return "table (" + String.join(", ", cols) + ")";
  }

  /** A setting's value: names and numbers as is, quoted names kept, anything else a string. */
  private static String setting(String value) {
    List<String> out = new ArrayList<>();
    for (String part : value.split(", ", -1)) {
      if (NAME.matcher(part).matches() || NUMBER.matcher(part).matches()) {
        out.add(part);
      } else if (part.length() >= 2 && part.startsWith("\"") && part.endsWith("\"")) {
        out.add(part);
      } else {
        out.add(Words.string(part));
      }
    }
    return String.join(", ", out);
  }

  void trigger(Trigger t, QualifiedName table, Out out) {
    out.doc("", t.comment());
    StringBuilder b = new StringBuilder();
    b.append(t.constraint() ? "constraint trigger " : "trigger ")
        .append(Words.ident(t.name()))
        .append(' ');
    b.append(
        t.timing() == TriggerTiming.INSTEAD_OF
            ? "instead of"
            : t.timing().name().toLowerCase(Locale.ROOT));
    List<String> events = new ArrayList<>();
    for (TriggerEvent e : t.events()) {
      String ev = e.name().toLowerCase(Locale.ROOT);
      if (e == TriggerEvent.UPDATE && !t.updateOf().isEmpty()) {
        List<String> cols = new ArrayList<>();
        t.updateOf().forEach(c -> cols.add(Words.ident(c)));
        ev += " of " + String.join(", ", cols);
      }
      events.add(ev);
    }
    if (!t.updateOf().isEmpty() && !t.events().contains(TriggerEvent.UPDATE)) {
      throw new IllegalArgumentException(
          "trigger " + t.name() + " has update-of columns but no update event");
    }
    b.append(' ').append(String.join(" or ", events));
    b.append(" on ").append(refs.relation(table, Refs.PUBLIC));
    out.line("", b.toString());
    if (t.referencedTable() != null) {
      out.line("  ", "from " + refs.relation(t.referencedTable(), Refs.PUBLIC));
    }
    if (t.deferrability() == Deferrability.INITIALLY_IMMEDIATE) {
      out.line("  ", "deferrable");
    } else if (t.deferrability() == Deferrability.INITIALLY_DEFERRED) {
      out.line("  ", "deferrable initially deferred");
    }
    if (t.oldTable() != null || t.newTable() != null) {
      List<String> refsList = new ArrayList<>();
      if (t.oldTable() != null) {
        refsList.add("old table as " + Words.ident(t.oldTable()));
      }
      if (t.newTable() != null) {
        refsList.add("new table as " + Words.ident(t.newTable()));
      }
      out.line("  ", "referencing " + String.join(" ", refsList));
    }
    if (t.level() == TriggerLevel.ROW) {
      out.line("  ", "for each row");
    }
    if (t.when() != null) {
      out.line("  ", "when " + SqlText.parenthesized(t.when()));
    }
    List<String> args = new ArrayList<>();
    t.arguments().forEach(a -> args.add(Words.string(a)));
    out.line(
        "  ",
        "execute function "
            + refs.routine(t.function(), Refs.PUBLIC)
            + "("
            + String.join(", ", args)
            + ")");
  }
}
