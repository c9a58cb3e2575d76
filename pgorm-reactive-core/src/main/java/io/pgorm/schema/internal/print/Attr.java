package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.SequenceOptions;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Attribute text: {@code @name(args)}. */
final class Attr {

  private Attr() {}

  static String of(String name, List<String> args) {
    return "@" + name + (args.isEmpty() ? "" : "(" + String.join(", ", args) + ")");
  }

  static String block(String name, List<String> args) {
    return "@" + of(name, args);
  }

  static List<String> constraintArgs(
      String name, String defaultName, Deferrability d, @Nullable String renamedFrom) {
    List<String> args = new ArrayList<>();
    if (!name.equals(defaultName)) {
      args.add("name: " + Words.ident(name));
    }
    args.addAll(deferrable(d));
    args.addAll(renamed(renamedFrom));
    return args;
  }

  static List<String> deferrable(Deferrability d) {
    return switch (d) {
      case NOT_DEFERRABLE -> List.of();
      case INITIALLY_IMMEDIATE -> List.of("deferrable: immediate");
      case INITIALLY_DEFERRED -> List.of("deferrable: deferred");
    };
  }

  static List<String> renamed(@Nullable String renamedFrom) {
    return renamedFrom == null ? List.of() : List.of("renamedFrom: " + Words.ident(renamedFrom));
  }

  /** name, onDelete, onUpdate, match, deferrable, renamedFrom — each when not the default. */
  static List<String> foreignKeyArgs(ForeignKey fk, String table) {
    List<String> args = new ArrayList<>();
    if (!fk.name().equals(Names.make(table, Names.columnsPart(fk.columns()), "fkey"))) {
      args.add("name: " + Words.ident(fk.name()));
    }
    if (fk.onDelete() != ForeignKeyAction.NO_ACTION) {
      args.add(
          "onDelete: "
              + action(fk.onDelete())
              + (fk.onDeleteColumns().isEmpty()
                  ? ""
                  : "("
                      + String.join(", ", fk.onDeleteColumns().stream().map(Words::ident).toList())
                      + ")"));
    }
    if (fk.onUpdate() != ForeignKeyAction.NO_ACTION) {
      args.add("onUpdate: " + action(fk.onUpdate()));
    }
    if (fk.match() == ForeignKeyMatch.FULL) {
      args.add("match: full");
    } else if (fk.match() == ForeignKeyMatch.PARTIAL) {
      throw new IllegalArgumentException(
          "MATCH PARTIAL is not implemented by PostgreSQL: " + fk.name());
    }
    args.addAll(deferrable(fk.deferrability()));
    args.addAll(renamed(fk.renamedFrom()));
    return args;
  }

  private static String action(ForeignKeyAction a) {
    return switch (a) {
      case NO_ACTION -> "noAction";
      case RESTRICT -> "restrict";
      case CASCADE -> "cascade";
      case SET_NULL -> "setNull";
      case SET_DEFAULT -> "setDefault";
    };
  }

  static List<String> sequenceOptions(SequenceOptions o) {
    List<String> args = new ArrayList<>();
    if (o.start() != null) {
      args.add("start: " + o.start());
    }
    if (o.increment() != null) {
      args.add("increment: " + o.increment());
    }
    if (o.minValue() != null) {
      args.add("minValue: " + o.minValue());
    }
    if (o.maxValue() != null) {
      args.add("maxValue: " + o.maxValue());
    }
    if (o.cache() != null) {
      args.add("cache: " + o.cache());
    }
    if (o.cycle()) {
      args.add("cycle: true");
    }
    return args;
  }
}
