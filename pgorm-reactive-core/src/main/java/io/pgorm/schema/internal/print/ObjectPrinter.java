package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Types, sequences, views, partitions and grants. */
final class ObjectPrinter {

  private final Refs refs;

  ObjectPrinter(Refs refs) {
    this.refs = refs;
  }

  void enumType(EnumType e, Out out) {
    out.doc("", e.comment());
    List<String> labels = new ArrayList<>();
    e.values().forEach(v -> labels.add(Words.label(v)));
    String head = "enum " + Refs.decl(e.name()) + " {";
    if (e.javaName() == null
        && e.renamedFrom() == null
        && head.length() + String.join(" ", labels).length() < 90) {
      out.line("", head + (labels.isEmpty() ? "" : " " + String.join(" ", labels)) + " }");
      return;
    }
    out.line("", head);
    labels.forEach(l -> out.line("  ", l));
    renamedAndJava(e.renamedFrom(), e.javaName(), out);
    out.line("", "}");
  }

  private static void renamedAndJava(String renamedFrom, String javaName, Out out) {
    if (renamedFrom != null) {
      out.line("  ", "@@renamedFrom(" + Words.ident(renamedFrom) + ")");
    }
    if (javaName != null) {
      out.line("  ", "@@java(name: " + Words.javaName(javaName) + ")");
    }
  }

  void composite(CompositeType c, Out out) {
    out.doc("", c.comment());
    out.line("", "type " + Refs.decl(c.name()) + " {");
    out.rows("  ", attributeRows(c.attributes(), c.name().schema()));
    renamedAndJava(c.renamedFrom(), c.javaName(), out);
    out.line("", "}");
  }

  private List<Out.Row> attributeRows(List<Attribute> attributes, String from) {
    List<Out.Row> rows = new ArrayList<>();
    for (Attribute a : attributes) {
      String collate = a.collation() == null ? "" : "@collate(" + Words.dotted(a.collation()) + ")";
      rows.add(
          new Out.Row(
              a.comment(),
              List.of(Words.ident(a.name()), refs.type(a.type(), from, false), collate)));
    }
    return rows;
  }

  void domain(Domain d, Out out) {
    out.doc("", d.comment());
    StringBuilder b = new StringBuilder("domain ").append(Refs.decl(d.name())).append(" as ");
    b.append(refs.type(d.baseType(), d.name().schema(), false));
    if (d.notNull()) {
      b.append(" not null");
    }
    if (d.defaultExpression() != null) {
      b.append(" default ").append(SqlText.parenthesized(d.defaultExpression()));
    }
    if (d.collation() != null) {
      b.append(" collate ").append(Words.dotted(d.collation()));
    }
    out.line("", b.toString());
    String base = Names.make(d.name().name(), null, "check");
    Set<String> seen = new HashSet<>();
    for (CheckConstraint c : d.checks()) {
      if (c.renamedFrom() != null || c.noInherit()) {
        // PostgreSQL has no NO INHERIT for a domain, and the language no rename hint for its checks
        throw new IllegalArgumentException(
            "cannot write a rename hint or no inherit on check '"
                + c.name()
                + "' of domain "
                + d.name());
      }
      out.doc("  ", c.comment());
      String named =
          c.name().equals(base) && seen.add(base)
              ? ""
              : "constraint " + Words.ident(c.name()) + " ";
      out.line("  ", named + "check " + SqlText.parenthesized(c.expression()));
    }
    if (d.renamedFrom() != null) {
      out.line("  ", "@renamedFrom(" + Words.ident(d.renamedFrom()) + ")");
    }
  }

  void sequence(Sequence s, Out out) {
    out.doc("", s.comment());
    StringBuilder b = new StringBuilder("sequence ").append(Refs.decl(s.name()));
    if (s.type() != null) {
      b.append(" as ").append(refs.type(s.type(), s.name().schema(), false));
    }
    SequenceOptions o = s.options();
    if (o.increment() != null) {
      b.append(" increment by ").append(o.increment());
    }
    if (o.minValue() != null) {
      b.append(" minvalue ").append(o.minValue());
    }
    if (o.maxValue() != null) {
      b.append(" maxvalue ").append(o.maxValue());
    }
    if (o.start() != null) {
      b.append(" start with ").append(o.start());
    }
    if (o.cache() != null) {
      b.append(" cache ").append(o.cache());
    }
    if (o.cycle()) {
      b.append(" cycle");
    }
    if (s.ownedBy() != null) {
      b.append(" owned by ").append(Words.dotted(s.ownedBy()));
    }
    if (s.renamedFrom() != null) {
      b.append(" @renamedFrom(").append(Words.ident(s.renamedFrom())).append(')');
    }
    out.line("", b.toString());
  }

  void partition(Table t, TableAttributePrinter attributes, Out out) {
    PartitionOf of = t.partitionOf();
    if (of == null) {
      throw new IllegalStateException("not a partition");
    }
    if (!t.columns().isEmpty()
        || t.managedPartitions() != null
        || !t.relations().isEmpty()
        || t.changeStream() != null
        || t.javaName() != null) {
      // none of these is PostgreSQL's: introspection never reads them for a partition
      throw new IllegalArgumentException(
          "a partition has no columns, managed partitions, relations, change stream or Java name"
              + " of its own: "
              + t.name());
    }
    out.doc("", t.comment());
    String head =
        "partition "
            + Refs.decl(t.name())
            + " of "
            + refs.relation(of.parent(), t.name().schema())
            + " "
            + Bounds.write(of.bound());
    List<Out.Row> rows = attributes.print(t, new ModelPrinter.Placement(), t.name().schema());
    if (rows.isEmpty()) {
      out.line("", head);
      return;
    }
    out.line("", head + " {");
    out.rows("  ", rows);
    out.line("", "}");
  }

  void view(View v, Out out) {
    out.doc("", v.comment());
    String head =
        (v.materialized() ? "materialized view " : "view ")
            + Refs.decl(v.name())
            + " as "
            + SqlText.parenthesized(v.query());
    List<Out.Row> rows = attributeRows(v.columns(), v.name().schema());
    List<Out.Row> attrs = new ArrayList<>();
    for (Index i : v.indexes()) {
      attrs.add(TableAttributePrinter.index(v.name().name(), i));
    }
    if (!v.options().isEmpty()) {
      String params = TableAttributePrinter.parameters(v.options());
      attrs.add(
          new Out.Row(null, List.of("@@with(" + params.substring(1, params.length() - 1) + ")")));
    }
    if (v.renamedFrom() != null) {
      attrs.add(new Out.Row(null, List.of("@@renamedFrom(" + Words.ident(v.renamedFrom()) + ")")));
    }
    if (v.withNoData()) {
      attrs.add(new Out.Row(null, List.of("@@withNoData")));
    }
    if (v.javaName() != null) {
      attrs.add(new Out.Row(null, List.of("@@java(name: " + Words.javaName(v.javaName()) + ")")));
    }
    if (rows.isEmpty() && attrs.isEmpty()) {
      out.line("", head);
      return;
    }
    out.line("", head + " {");
    out.rows("  ", rows);
    if (!rows.isEmpty() && !attrs.isEmpty()) {
      out.line("", "");
    }
    out.rows("  ", attrs);
    out.line("", "}");
  }

  void grant(Grant g, Out out) {
    List<String> privileges = new ArrayList<>();
    for (String p : g.privileges()) {
      int open = p.indexOf('(');
      if (open < 0) {
        privileges.add(p.toLowerCase(Locale.ROOT));
      } else {
        List<String> cols = new ArrayList<>();
        for (String c : p.substring(open + 1, p.lastIndexOf(')')).split(",")) {
          String col = Elements.sqlIdent(c.strip());
          if (col == null) {
            throw new IllegalArgumentException("cannot read the columns of privilege " + p);
          }
          cols.add(Words.ident(col));
        }
        privileges.add(
            p.substring(0, open).strip().toLowerCase(Locale.ROOT)
                + " ("
                + String.join(", ", cols)
                + ")");
      }
    }
    String kind = g.objectKind().toLowerCase(Locale.ROOT);
    String object;
    switch (kind) {
      case "schema" -> object = "schema " + Words.ident(g.object().name());
      case "function", "procedure" -> {
        String name = g.object().name();
        int open = name.indexOf('(');
        String bare = open < 0 ? name : name.substring(0, open);
        String args = open < 0 ? "()" : name.substring(open);
        object =
            kind
                + " "
                + refs.routine(
                    io.pgorm.schema.ir.QualifiedName.of(g.object().schema(), bare), Refs.PUBLIC)
                + args;
      }
      case "table" -> object = refs.relation(g.object(), Refs.PUBLIC);
      case "sequence" -> object = kind + " " + refs.relation(g.object(), Refs.PUBLIC);
      default -> object = kind + " " + refs.typeName(g.object(), Refs.PUBLIC);
    }
    String grantee = g.grantee().equals("PUBLIC") ? "public" : Words.ident(g.grantee());
    out.line(
        "",
        "grant "
            + String.join(", ", privileges)
            + " on "
            + object
            + " to "
            + grantee
            + (g.withGrantOption() ? " with grant option" : ""));
  }
}
