package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.ManagedPartitions;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The {@code @@} lines of a model or partition. */
final class TableAttributePrinter {

  private final Refs refs;

  TableAttributePrinter(Refs refs) {
    this.refs = refs;
  }

  List<Out.Row> print(Table t, ModelPrinter.Placement placed, String from) {
    String table = t.name().name();
    List<Out.Row> rows = new ArrayList<>();
    PrimaryKey pk = t.primaryKey();
    if (pk != null && !placed.primaryKey) {
      List<String> args = new ArrayList<>();
      args.add(Words.list(pk.columns()));
      if (!pk.include().isEmpty()) {
        args.add("include: " + Words.list(pk.include()));
      }
      args.addAll(
          Attr.constraintArgs(
              pk.name(), Names.make(table, null, "pkey"), pk.deferrability(), pk.renamedFrom()));
      rows.add(row(pk.comment(), "id", args));
    }
    for (UniqueConstraint u : t.uniques()) {
      if (placed.uniques.contains(u)) {
        continue;
      }
      List<String> args = new ArrayList<>();
      args.add(Words.list(u.columns()));
      if (!u.name().equals(Names.make(table, Names.columnsPart(u.columns()), "key"))) {
        args.add("name: " + Words.ident(u.name()));
      }
      if (u.nullsNotDistinct()) {
        args.add("nullsNotDistinct: true");
      }
      if (!u.include().isEmpty()) {
        args.add("include: " + Words.list(u.include()));
      }
      args.addAll(Attr.deferrable(u.deferrability()));
      args.addAll(Attr.renamed(u.renamedFrom()));
      rows.add(row(u.comment(), "unique", args));
    }
    for (CheckConstraint c : t.checks()) {
      if (placed.checks.contains(c)) {
        continue;
      }
      List<String> args = new ArrayList<>();
      args.add(SqlText.argument(c.expression()));
      if (!c.name().equals(Names.make(table, null, "check"))) {
        args.add("name: " + Words.ident(c.name()));
      }
      if (c.noInherit()) {
        args.add("noInherit: true");
      }
      args.addAll(Attr.renamed(c.renamedFrom()));
      rows.add(row(c.comment(), "check", args));
    }
    for (ForeignKey fk : t.foreignKeys()) {
      if (placed.foreignKeys.contains(fk)) {
        continue;
      }
      List<String> cols = new ArrayList<>();
      fk.referencedColumns().forEach(c -> cols.add(Words.ident(c)));
      List<String> args = new ArrayList<>();
      args.add(Words.list(fk.columns()));
      args.add(
          "references: "
              + refs.relation(fk.referencedTable(), from)
              + "("
              + String.join(", ", cols)
              + ")");
      args.addAll(Attr.foreignKeyArgs(fk, table));
      rows.add(row(fk.comment(), "foreignKey", args));
    }
    for (ExclusionConstraint x : t.exclusions()) {
      List<String> args = new ArrayList<>();
      args.add(Elements.exclusion(x.elements()));
      if (!x.method().equals("gist")) {
        args.add("using: " + Words.ident(x.method()));
      }
      if (x.where() != null) {
        args.add("where: " + SqlText.argument(x.where()));
      }
      if (!x.name()
          .equals(
              Names.make(
                  table, Names.columnsPart(Elements.exclusionNameParts(x.elements())), "excl"))) {
        args.add("name: " + Words.ident(x.name()));
      }
      if (!x.include().isEmpty()) {
        args.add("include: " + Words.list(x.include()));
      }
      args.addAll(Attr.deferrable(x.deferrability()));
      args.addAll(Attr.renamed(x.renamedFrom()));
      rows.add(row(x.comment(), "exclude", args));
    }
    for (Index i : t.indexes()) {
      rows.add(index(table, i));
    }
    security(t, rows);
    if (t.changeStream() != null) {
      List<String> ops = new ArrayList<>();
      for (ChangeOperation op : t.changeStream().operations()) {
        ops.add(op.name().toLowerCase(Locale.ROOT));
      }
      rows.add(row(null, "notify", ops));
    }
    PartitionBy by = t.partitionBy();
    if (by != null) {
      List<String> keys = new ArrayList<>();
      by.keys().forEach(k -> keys.add(Elements.partitionKey(k)));
      rows.add(
          row(
              null,
              "partitionBy",
              List.of(
                  by.strategy().name().toLowerCase(Locale.ROOT)
                      + ": ["
                      + String.join(", ", keys)
                      + "]")));
    }
    ManagedPartitions mp = t.managedPartitions();
    if (mp != null) {
      List<String> args = new ArrayList<>();
      args.add("interval: " + mp.interval().name().toLowerCase(Locale.ROOT));
      if (mp.premake() != 1) {
        args.add("premake: " + mp.premake());
      }
      if (mp.retain() != null) {
        args.add("retain: " + mp.retain());
      }
      rows.add(row(null, "managedPartitions", args));
    }
    if (t.unlogged()) {
      rows.add(row(null, "unlogged", List.of()));
    }
    if (!t.storageParameters().isEmpty()) {
      List<String> args = new ArrayList<>();
      new java.util.TreeMap<>(t.storageParameters())
          .forEach((k, v) -> args.add(Words.ident(k) + ": " + Words.value(v)));
      rows.add(row(null, "with", args));
    }
    if (t.renamedFrom() != null) {
      rows.add(row(null, "renamedFrom", List.of(Words.ident(t.renamedFrom()))));
    }
    if (t.javaName() != null) {
      rows.add(row(null, "java", List.of("name: " + Words.javaName(t.javaName()))));
    }
    return rows;
  }

  static Out.Row index(String table, Index i) {
    List<String> args = new ArrayList<>();
    args.add(Elements.index(i.elements()));
    if (!i.name()
        .equals(Names.make(table, Names.columnsPart(Elements.nameParts(i.elements())), "idx"))) {
      args.add("name: " + Words.ident(i.name()));
    }
    if (i.unique()) {
      args.add("unique: true");
    }
    if (!i.method().equals("btree")) {
      args.add("using: " + Words.ident(i.method()));
    }
    if (i.where() != null) {
      args.add("where: " + SqlText.argument(i.where()));
    }
    if (!i.include().isEmpty()) {
      args.add("include: " + Words.list(i.include()));
    }
    if (i.nullsNotDistinct()) {
      args.add("nullsNotDistinct: true");
    }
    if (!i.storageParameters().isEmpty()) {
      args.add("with: " + parameters(i.storageParameters()));
    }
    args.addAll(Attr.renamed(i.renamedFrom()));
    return row(i.comment(), "index", args);
  }

  static String parameters(Map<String, String> params) {
    List<String> out = new ArrayList<>();
    new TreeMap<>(params).forEach((k, v) -> out.add(Words.ident(k) + ": " + Words.value(v)));
    return "{" + String.join(", ", out) + "}";
  }

  private void security(Table t, List<Out.Row> rows) {
    if (t.rowSecurity().enabled()) {
      rows.add(row(null, "rls", t.rowSecurity().forced() ? List.of("force: true") : List.of()));
    } else if (t.rowSecurity().forced() || !t.policies().isEmpty()) {
      // what a database has after FORCE without ENABLE, or policies made before ENABLE
      rows.add(
          row(
              null,
              "rls",
              t.rowSecurity().forced()
                  ? List.of("enabled: false", "force: true")
                  : List.of("enabled: false")));
    }
    for (Policy p : t.policies()) {
      List<String> args = new ArrayList<>();
      args.add(Words.ident(p.name()));
      if (!p.permissive()) {
        args.add("as: restrictive");
      }
      if (p.command() != PolicyCommand.ALL) {
        args.add("for: " + p.command().name().toLowerCase(Locale.ROOT));
      }
      if (!p.roles().isEmpty()) {
        args.add("to: " + Words.oneOrList(p.roles()));
      }
      if (p.using() != null) {
        args.add("using: " + SqlText.argument(p.using()));
      }
      if (p.withCheck() != null) {
        args.add("withCheck: " + SqlText.argument(p.withCheck()));
      }
      rows.add(row(p.comment(), "policy", args));
    }
  }

  private static Out.Row row(
      @org.jspecify.annotations.Nullable String doc, String name, List<String> args) {
    return new Out.Row(doc, List.of(Attr.block(name, args)));
  }
}
