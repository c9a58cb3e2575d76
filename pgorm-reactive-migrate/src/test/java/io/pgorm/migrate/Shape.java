package io.pgorm.migrate;

import io.pgorm.migrate.sql.RoutineDdl;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The structure of a schema as sorted lines: every name, column, type, kind, flag and option, with
 * SQL expressions (which the server rewrites) reduced to "expr". Two schemas with equal shapes
 * differ at most in how their expressions are written.
 */
public final class Shape {

  private final List<String> lines = new ArrayList<>();

  private Shape() {}

  public static String of(SchemaModel m) {
    Shape s = new Shape();
    m.schemas().forEach(x -> s.add("schema " + x));
    for (Extension e : m.extensions()) {
      s.add("extension " + e.name() + " in " + e.schema() + " comment " + e.comment());
    }
    for (Role r : m.roles()) {
      s.add("role " + r.name() + " comment " + r.comment());
    }
    for (EnumType e : m.enums()) {
      s.add("enum " + e.name() + " " + e.values() + " comment " + e.comment());
    }
    for (CompositeType c : m.composites()) {
      c.attributes()
          .forEach(
              a ->
                  s.add(
                      "type "
                          + c.name()
                          + " attribute "
                          + a.name()
                          + " "
                          + type(a.type())
                          + " collate "
                          + a.collation()));
      s.add("type " + c.name() + " comment " + c.comment());
    }
    for (Domain d : m.domains()) {
      s.add(
          "domain "
              + d.name()
              + " "
              + type(d.baseType())
              + " not null "
              + d.notNull()
              + " default "
              + expr(d.defaultExpression())
              + " collate "
              + d.collation()
              + " comment "
              + d.comment());
      d.checks().forEach(c -> s.add("domain " + d.name() + " " + check(c)));
    }
    for (Sequence q : m.sequences()) {
      s.add(
          "sequence "
              + q.name()
              + " as "
              + (q.type() == null ? "-" : type(q.type()))
              + " "
              + q.options()
              + " owned by "
              + q.ownedBy()
              + " comment "
              + q.comment());
    }
    m.tables().forEach(s::table);
    m.views().forEach(s::view);
    m.routines().forEach(s::routine);
    for (Grant g : m.grants()) {
      s.add(
          "grant "
              + g.privileges()
              + " on "
              + g.objectKind()
              + " "
              + g.object()
              + " to "
              + g.grantee()
              + (g.withGrantOption() ? " with grant option" : ""));
    }
    s.lines.sort(null);
    return String.join("\n", s.lines);
  }

  private void table(Table t) {
    String p = "table " + t.name() + " ";
    add(p + "unlogged " + t.unlogged() + " rls " + t.rowSecurity() + " comment " + t.comment());
    add(p + "change stream " + t.changeStream());
    for (Column c : t.columns()) {
      add(
          p
              + "column "
              + c.name()
              + " "
              + type(c.type())
              + (c.nullable() ? " null" : " not null")
              + " default "
              + expr(c.defaultExpression())
              + " identity "
              + c.identity()
              + " generated "
              + expr(c.generatedExpression())
              + " serial "
              + c.serial()
              + " collate "
              + c.collation()
              + " comment "
              + c.comment());
    }
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      add(
          p
              + "primary key "
              + pk.name()
              + " "
              + pk.columns()
              + " include "
              + pk.include()
              + " "
              + pk.deferrability()
              + " comment "
              + pk.comment());
    }
    for (UniqueConstraint u : t.uniques()) {
      add(
          p
              + "unique "
              + u.name()
              + " "
              + u.columns()
              + " nulls not distinct "
              + u.nullsNotDistinct()
              + " include "
              + u.include()
              + " "
              + u.deferrability()
              + " comment "
              + u.comment());
    }
    t.checks().forEach(c -> add(p + check(c)));
    for (ForeignKey f : t.foreignKeys()) {
      add(
          p
              + "foreign key "
              + f.name()
              + " "
              + f.columns()
              + " -> "
              + f.referencedTable()
              + f.referencedColumns()
              + " delete "
              + f.onDelete()
              + " update "
              + f.onUpdate()
              + " match "
              + f.match()
              + " "
              + f.deferrability()
              + " comment "
              + f.comment());
    }
    for (ExclusionConstraint x : t.exclusions()) {
      StringBuilder b = new StringBuilder(p + "exclude " + x.name() + " using " + x.method());
      for (ExclusionElement e : x.elements()) {
        b.append(" [")
            .append(e.expression())
            .append(' ')
            .append(e.opclass())
            .append(" with ")
            .append(e.operator())
            .append(']');
      }
      add(
          b
              + " include "
              + x.include()
              + " where "
              + expr(x.where())
              + " "
              + x.deferrability()
              + " comment "
              + x.comment());
    }
    t.indexes().forEach(i -> index(p, i));
    t.triggers().forEach(tr -> trigger(p, tr));
    for (Policy pol : t.policies()) {
      add(
          p
              + "policy "
              + pol.name()
              + " "
              + pol.command()
              + " permissive "
              + pol.permissive()
              + " to "
              + pol.roles()
              + " using "
              + expr(pol.using())
              + " check "
              + expr(pol.withCheck())
              + " comment "
              + pol.comment());
    }
    PartitionBy by = t.partitionBy();
    if (by != null) {
      add(
          p
              + "partition by "
              + by.strategy()
              + " "
              + by.keys().stream().map(k -> k.startsWith("(") ? "expr" : k).toList());
    }
    PartitionOf of = t.partitionOf();
    if (of != null) {
      String bound = of.bound();
      add(
          p
              + "partition of "
              + of.parent()
              + " "
              + (bound.equals("DEFAULT") ? bound : bound.substring(0, bound.indexOf(" ", 11))));
    }
  }

  private void view(View v) {
    String p = (v.materialized() ? "materialized view " : "view ") + v.name() + " ";
    add(
        p
            + "query "
            + expr(v.query())
            + " options "
            + new TreeMap<>(v.options())
            + " comment "
            + v.comment());
    v.indexes().forEach(i -> index(p, i));
    v.triggers().forEach(t -> trigger(p, t));
  }

  private void index(String p, Index i) {
    StringBuilder b =
        new StringBuilder(
            p
                + "index "
                + i.name()
                + " using "
                + i.method()
                + " unique "
                + i.unique()
                + " nulls not distinct "
                + i.nullsNotDistinct());
    for (IndexElement e : i.elements()) {
      b.append(" [")
          .append(e.column() != null ? e.column() : "expr")
          .append(" collate ")
          .append(e.collation())
          .append(' ')
          .append(e.opclass())
          .append(new TreeMap<>(e.opclassParameters()))
          .append(' ')
          .append(e.order())
          .append(' ')
          .append(e.nulls())
          .append(']');
    }
    add(
        b
            + " include "
            + i.include()
            + " where "
            + expr(i.where())
            + " with "
            + new TreeMap<>(i.storageParameters())
            + " comment "
            + i.comment());
  }

  private void trigger(String p, Trigger t) {
    add(
        p
            + "trigger "
            + t.name()
            + " "
            + t.timing()
            + " "
            + t.events().stream().sorted().toList()
            + " of "
            + t.updateOf()
            + " "
            + t.level()
            + " when "
            + expr(t.when())
            + " old "
            + t.oldTable()
            + " new "
            + t.newTable()
            + " "
            + t.function()
            + t.arguments()
            + " constraint "
            + t.constraint()
            + " "
            + t.deferrability()
            + " comment "
            + t.comment());
  }

  private void routine(Routine r) {
    StringBuilder b = new StringBuilder(r.kind() + " " + RoutineDdl.signature(r) + " (");
    for (RoutineArg a : r.arguments()) {
      b.append(a.mode())
          .append(' ')
          .append(a.name())
          .append(' ')
          .append(type(a.type()))
          .append(" default ")
          .append(expr(a.defaultExpression()))
          .append("; ");
    }
    b.append(") returns ");
    RoutineReturn ret = r.returns();
    if (ret != null) {
      TypeRef t = ret.type();
      b.append(ret.setOf() ? "setof " : "").append(t == null ? "" : type(t));
      ret.table().forEach(a -> b.append(" ").append(a.name()).append(' ').append(type(a.type())));
    }
    b.append(" language ")
        .append(r.language())
        .append(' ')
        .append(r.volatility())
        .append(" strict ")
        .append(r.strict())
        .append(" definer ")
        .append(r.securityDefiner())
        .append(' ')
        .append(r.parallel())
        .append(' ')
        .append(new TreeMap<>(r.settings()));
    b.append(" body ")
        .append(RoutineDdl.isSqlStandardBody(r) ? "sql-standard" : r.body().replace("\n", "\\n"));
    b.append(" comment ").append(r.comment());
    add(b.toString());
  }

  private static String check(CheckConstraint c) {
    return "check "
        + c.name()
        + " "
        + expr(c.expression())
        + " no inherit "
        + c.noInherit()
        + " comment "
        + c.comment();
  }

  private static String type(TypeRef t) {
    return (t.schema() == null ? "" : t.schema() + ".")
        + t.name()
        + (t.modifiers().isEmpty() ? "" : "(" + String.join(",", t.modifiers()) + ")")
        + "[]".repeat(t.arrayDimensions());
  }

  private static String expr(@Nullable String e) {
    return e == null ? "-" : "expr";
  }

  private void add(String line) {
    lines.add(line);
  }
}
