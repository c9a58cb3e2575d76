package io.pgorm.migrate.diff;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The rename hints of a corpus pair, written in {@code after.sql} as comments until the schema
 * parser can read {@code @renamedFrom}:
 *
 * <pre>
 * -- renamed table app.account from accounts
 * -- renamed column app.account.email from mail
 * -- renamed constraint app.account.account_email_key from accounts_mail_key
 * -- renamed index app.account_name_idx from accounts_name_idx
 * -- renamed type app.status from state            (enum, composite or domain)
 * -- renamed sequence app.ticket from tickets
 * -- renamed view app.v2 from v1
 * </pre>
 *
 * Names are as PostgreSQL stores them, separated by dots (no dots inside names here).
 */
final class RenameDirectives {

  private static final Pattern LINE =
      Pattern.compile(
          "^--\\s*renamed\\s+(\\w+)\\s+(\\S+)\\s+from\\s+(\\S+)\\s*$", Pattern.MULTILINE);

  private record Directive(String kind, List<String> path, String from) {}

  private RenameDirectives() {}

  /** {@code model} with the hints of {@code sql} set. */
  static SchemaModel apply(String sql, SchemaModel model) {
    List<Directive> ds = new ArrayList<>();
    Matcher m = LINE.matcher(sql);
    while (m.find()) {
      ds.add(new Directive(m.group(1), List.of(m.group(2).split("\\.")), m.group(3)));
    }
    SchemaModel out = model;
    for (Directive d : ds) {
      out = apply(d, out);
    }
    return out;
  }

  private static SchemaModel apply(Directive d, SchemaModel m) {
    String schema = d.path().get(0);
    String name = d.path().get(1);
    String part = d.path().size() > 2 ? d.path().get(2) : null;
    List<Table> tables =
        m.tables().stream()
            .map(t -> t.name().schema().equals(schema) ? table(d, t, name, part) : t)
            .toList();
    return new SchemaModel(
        m.schemas(),
        m.extensions(),
        m.roles(),
        m.enums().stream()
            .map(
                e ->
                    is(d, "type", e.name().schema(), e.name().name(), schema, name)
                        ? new EnumType(e.name(), e.values(), e.comment(), e.javaName(), d.from())
                        : e)
            .toList(),
        m.composites().stream()
            .map(
                c ->
                    is(d, "type", c.name().schema(), c.name().name(), schema, name)
                        ? new CompositeType(
                            c.name(), c.attributes(), c.comment(), c.javaName(), d.from())
                        : c)
            .toList(),
        m.domains().stream()
            .map(
                x ->
                    is(d, "type", x.name().schema(), x.name().name(), schema, name)
                        ? new Domain(
                            x.name(),
                            x.baseType(),
                            x.notNull(),
                            x.defaultExpression(),
                            x.collation(),
                            x.checks(),
                            x.comment(),
                            d.from())
                        : x)
            .toList(),
        m.sequences().stream()
            .map(
                s ->
                    is(d, "sequence", s.name().schema(), s.name().name(), schema, name)
                        ? new Sequence(
                            s.name(), s.type(), s.options(), s.ownedBy(), s.comment(), d.from())
                        : s)
            .toList(),
        tables,
        m.views().stream()
            .map(
                v -> {
                  if (is(d, "view", v.name().schema(), v.name().name(), schema, name)) {
                    return new View(
                        v.name(),
                        v.query(),
                        v.materialized(),
                        v.options(),
                        v.indexes(),
                        v.comment(),
                        v.javaName(),
                        d.from(),
                        v.triggers());
                  }
                  if (d.kind().equals("index") && v.name().schema().equals(schema)) {
                    return new View(
                        v.name(),
                        v.query(),
                        v.materialized(),
                        v.options(),
                        indexes(v.indexes(), name, d.from()),
                        v.comment(),
                        v.javaName(),
                        v.renamedFrom(),
                        v.triggers());
                  }
                  return v;
                })
            .toList(),
        m.routines(),
        m.grants(),
        m.schemaComments());
  }

  private static boolean is(
      Directive d, String kind, String s, String n, String schema, String name) {
    return d.kind().equals(kind) && s.equals(schema) && n.equals(name);
  }

  private static Table table(Directive d, Table t, String name, @Nullable String part) {
    String from = d.from();
    switch (d.kind()) {
      case "table":
        return t.name().name().equals(name) ? with(t, t.columns(), t, from) : t;
      case "column":
        if (!t.name().name().equals(name)) {
          return t;
        }
        return with(
            t,
            t.columns().stream()
                .map(c -> c.name().equals(part) ? c.withRenamedFrom(from) : c)
                .toList(),
            t,
            t.renamedFrom());
      case "constraint":
        return t.name().name().equals(name) ? constraint(t, String.valueOf(part), from) : t;
      case "index":
        return new Table(
            t.name(),
            t.columns(),
            t.primaryKey(),
            t.uniques(),
            t.checks(),
            t.foreignKeys(),
            t.exclusions(),
            indexes(t.indexes(), name, from),
            t.triggers(),
            t.rowSecurity(),
            t.policies(),
            t.partitionBy(),
            t.partitionOf(),
            t.managedPartitions(),
            t.unlogged(),
            t.relations(),
            t.changeStream(),
            t.comment(),
            t.javaName(),
            t.renamedFrom(),
            t.storageParameters());
      default:
        return t;
    }
  }

  private static List<Index> indexes(List<Index> indexes, String name, String from) {
    return indexes.stream()
        .map(
            i ->
                i.name().equals(name)
                    ? new Index(
                        i.name(),
                        i.method(),
                        i.unique(),
                        i.nullsNotDistinct(),
                        i.elements(),
                        i.include(),
                        i.where(),
                        i.storageParameters(),
                        i.comment(),
                        from)
                    : i)
        .toList();
  }

  private static Table with(
      Table t, List<io.pgorm.schema.ir.Column> columns, Table parts, @Nullable String from) {
    return new Table(
        t.name(),
        columns,
        parts.primaryKey(),
        parts.uniques(),
        parts.checks(),
        parts.foreignKeys(),
        parts.exclusions(),
        parts.indexes(),
        t.triggers(),
        t.rowSecurity(),
        t.policies(),
        t.partitionBy(),
        t.partitionOf(),
        t.managedPartitions(),
        t.unlogged(),
        t.relations(),
        t.changeStream(),
        t.comment(),
        t.javaName(),
        from,
        t.storageParameters());
  }

  private static Table constraint(Table t, String name, String from) {
    PrimaryKey pk = t.primaryKey();
    if (pk != null && pk.name().equals(name)) {
      pk =
          new PrimaryKey(
              pk.name(), pk.columns(), pk.include(), pk.comment(), from, pk.deferrability());
    }
    List<UniqueConstraint> uniques =
        t.uniques().stream()
            .map(
                u ->
                    u.name().equals(name)
                        ? new UniqueConstraint(
                            u.name(),
                            u.columns(),
                            u.nullsNotDistinct(),
                            u.include(),
                            u.deferrability(),
                            u.comment(),
                            from)
                        : u)
            .toList();
    List<CheckConstraint> checks =
        t.checks().stream()
            .map(
                c ->
                    c.name().equals(name)
                        ? new CheckConstraint(
                            c.name(), c.expression(), c.noInherit(), c.comment(), from)
                        : c)
            .toList();
    List<ForeignKey> fks =
        t.foreignKeys().stream()
            .map(
                f ->
                    f.name().equals(name)
                        ? new ForeignKey(
                            f.name(),
                            f.columns(),
                            f.referencedTable(),
                            f.referencedColumns(),
                            f.onDelete(),
                            f.onUpdate(),
                            f.match(),
                            f.deferrability(),
                            f.comment(),
                            from,
                            java.util.List.of())
                        : f)
            .toList();
    List<ExclusionConstraint> xs =
        t.exclusions().stream()
            .map(
                x ->
                    x.name().equals(name)
                        ? new ExclusionConstraint(
                            x.name(),
                            x.method(),
                            x.elements(),
                            x.include(),
                            x.where(),
                            x.deferrability(),
                            x.comment(),
                            from)
                        : x)
            .toList();
    return new Table(
        t.name(),
        t.columns(),
        pk,
        uniques,
        checks,
        fks,
        xs,
        t.indexes(),
        t.triggers(),
        t.rowSecurity(),
        t.policies(),
        t.partitionBy(),
        t.partitionOf(),
        t.managedPartitions(),
        t.unlogged(),
        t.relations(),
        t.changeStream(),
        t.comment(),
        t.javaName(),
        t.renamedFrom(),
        t.storageParameters());
  }
}
