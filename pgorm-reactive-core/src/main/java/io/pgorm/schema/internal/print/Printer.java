package io.pgorm.schema.internal.print;

import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.View;

/**
 * Prints an IR as canonical schema text: kinds in a fixed order (extensions, roles, schemas, enums,
 * composite types, domains, sequences, models and partitions, views, routines, triggers, grants),
 * each kind in the IR's order, objects outside {@code public} with qualified names.
 */
public final class Printer {

  private Printer() {}

  public static String print(SchemaModel m) {
    Refs refs = new Refs(m);
    Out out = new Out();
    for (Extension e : m.extensions()) {
      out.doc("", e.comment());
      StringBuilder b = new StringBuilder("extension ").append(Words.ident(e.name()));
      if (e.schema() != null) {
        b.append(" schema ").append(Words.ident(e.schema()));
      }
      if (e.version() != null) {
        b.append(" version ").append(Words.string(e.version()));
      }
      out.line("", b.toString());
    }
    out.blank();
    for (Role r : m.roles()) {
      out.doc("", r.comment());
      out.line("", "role " + Words.ident(r.name()));
    }
    out.blank();
    for (String s : m.schemas()) {
      out.doc("", m.schemaComments().get(s));
      out.line("", "schema " + Words.ident(s));
    }
    out.blank();
    ObjectPrinter objects = new ObjectPrinter(refs);
    for (EnumType e : m.enums()) {
      objects.enumType(e, out);
    }
    out.blank();
    for (CompositeType c : m.composites()) {
      objects.composite(c, out);
      out.blank();
    }
    for (Domain d : m.domains()) {
      objects.domain(d, out);
    }
    out.blank();
    for (Sequence s : m.sequences()) {
      objects.sequence(s, out);
    }
    out.blank();
    ModelPrinter models = new ModelPrinter(m, refs);
    TableAttributePrinter attributes = new TableAttributePrinter(refs);
    for (Table t : m.tables()) {
      if (t.partitionOf() == null) {
        models.print(t, out);
      } else {
        objects.partition(t, attributes, out);
      }
      out.blank();
    }
    for (View v : m.views()) {
      objects.view(v, out);
      out.blank();
    }
    RoutinePrinter routines = new RoutinePrinter(refs);
    for (Routine r : m.routines()) {
      routines.routine(r, out);
      out.blank();
    }
    for (Table t : m.tables()) {
      for (Trigger tr : t.triggers()) {
        routines.trigger(tr, t.name(), out);
        out.blank();
      }
    }
    for (View v : m.views()) {
      for (Trigger tr : v.triggers()) {
        routines.trigger(tr, v.name(), out);
        out.blank();
      }
    }
    for (Grant g : m.grants()) {
      objects.grant(g, out);
    }
    String text = out.toString();
    while (text.endsWith("\n\n")) {
      text = text.substring(0, text.length() - 1);
    }
    return text;
  }
}
