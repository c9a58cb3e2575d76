package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.PgKeywords;
import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A column and what its field attributes add to its table. */
final class ColumnLowering {

  static final List<String> ATTRIBUTES =
      List.of(
          "id",
          "unique",
          "default",
          "identity",
          "generated",
          "collate",
          "check",
          "references",
          "renamedFrom",
          "java");

  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

  private final Lowering lowering;

  ColumnLowering(Lowering lowering) {
    this.lowering = lowering;
  }

  void column(TableDraft t, Member.Field f, String schema) {
    Ctx ctx = t.ctx;
    String name = f.name().text();
    if (!Symbols.checkLength(f.name(), ctx)) {
      return;
    }
    if (t.columnPos.containsKey(name)) {
      ctx.error(f.name().pos(), "duplicate column '" + name + "' in " + t.display());
      return;
    }
    t.columnPos.put(name, f.name().pos());
    TypeResolver.Resolved r =
        lowering.types.resolve(f.type(), schema, ctx, TypeResolver.Use.COLUMN);
    TypeRef type = r == null ? TypeRef.builtin("text") : r.type();
    boolean serial = r != null && r.serial();
    String dflt = null;
    Identity identity = null;
    String generated = null;
    String collation = null;
    String javaName = null;
    String renamedFrom = null;
    Set<String> seen = new HashSet<>();
    for (Attribute a : f.attributes()) {
      String an = a.name().text();
      if (a.block()) {
        continue;
      }
      if (!seen.add(an)) {
        ctx.error(a.pos(), a.display() + " is given twice on column '" + name + "'");
        continue;
      }
      switch (an) {
        case "id" -> primaryKey(t, a, name, ctx);
        case "unique" -> unique(t, a, name, ctx);
        case "default" -> {
          Args args = new Args(a, ctx, 1);
          if (args.require(0, "a default value")) {
            dflt = enumLabel(args.sql(args.value(0), "the default"), type);
          }
        }
        case "identity" -> identity = identity(new Args(a, ctx, 1, SEQUENCE_ARGS));
        case "generated" -> {
          Args args = new Args(a, ctx, 1);
          if (args.require(0, "the SQL expression that computes the column")) {
            generated = args.sql(args.value(0), "the expression");
          }
        }
        case "collate" -> {
          Args args = new Args(a, ctx, 1);
          if (args.require(0, "a collation, such as @collate(\"C\")")) {
            QName q = args.qname(args.value(0), "the collation");
            collation = q == null ? null : q.toString();
          }
        }
        case "check" -> BlockLowering.check(t, a, null, name, ctx);
        case "references" -> references(t, a, name, schema, ctx);
        case "renamedFrom" -> renamedFrom = renamedFrom(a, ctx);
        case "java" -> javaName = Common.optionalName(new Args(a, ctx, 0, "name"), "name");
        case "relation" ->
            ctx.error(
                a.pos(),
                "@relation is for fields whose type is a model; '"
                    + name
                    + "' is a column of type "
                    + Types.display(type));
        default ->
            ctx.error(
                a.pos(),
                "unknown attribute @"
                    + an
                    + " on column '"
                    + name
                    + "'"
                    + Suggest.didYouMean(an, ATTRIBUTES));
      }
    }
    checkColumn(f, name, type, serial, dflt, identity, generated, ctx);
    t.columns.add(
        new Column(
            name,
            type,
            f.nullable(),
            dflt,
            identity,
            generated,
            serial,
            collation,
            f.doc(),
            javaName,
            renamedFrom));
  }

  private static void checkColumn(
      Member.Field f,
      String name,
      TypeRef type,
      boolean serial,
      @Nullable String dflt,
      @Nullable Identity identity,
      @Nullable String generated,
      Ctx ctx) {
    int generators =
        (dflt != null ? 1 : 0)
            + (identity != null ? 1 : 0)
            + (generated != null ? 1 : 0)
            + (serial ? 1 : 0);
    if (generators > 1) {
      ctx.error(
          f.name().pos(),
          "column '"
              + name
              + "' can have only one of @default, @identity, @generated and a serial type");
    }
    if (serial && f.nullable()) {
      ctx.error(
          f.type().pos(), "a serial column is NOT NULL; drop the '?' after " + f.type().name());
    }
    if (identity != null) {
      if (!INTEGERS.contains(type.name()) || type.schema() != null || type.isArray()) {
        ctx.error(
            f.type().pos(),
            "@identity needs smallint, integer or bigint; column '"
                + name
                + "' is "
                + Types.display(type));
      } else if (f.nullable()) {
        ctx.error(
            f.type().pos(),
            "an identity column is NOT NULL; drop the '?' of column '" + name + "'");
      }
    }
  }

  /** {@code @default(member)} on an enum column means the label {@code 'member'}. */
  private @Nullable String enumLabel(@Nullable String sql, TypeRef type) {
    if (sql == null || type.schema() == null || type.isArray()) {
      return sql;
    }
    EnumType e = lowering.enumType(QualifiedName.of(type.schema(), type.name()));
    if (e != null && e.values().contains(sql) && PgKeywords.readsAsName(sql)) {
      return "'" + sql + "'";
    }
    return sql;
  }

  static final String[] SEQUENCE_ARGS = {
    "start", "increment", "minValue", "maxValue", "cache", "cycle"
  };

  private static Identity identity(Args args) {
    boolean always = "always".equals(args.word(args.value(0), "the kind", "always", "byDefault"));
    return new Identity(always, sequenceOptions(args));
  }

  static SequenceOptions sequenceOptions(Args args) {
    return new SequenceOptions(
        args.number(args.value("start"), "'start:'"),
        args.number(args.value("increment"), "'increment:'"),
        args.number(args.value("minValue"), "'minValue:'"),
        args.number(args.value("maxValue"), "'maxValue:'"),
        args.number(args.value("cache"), "'cache:'"),
        Common.flag(args, "cycle"));
  }

  static @Nullable String renamedFrom(Attribute a, Ctx ctx) {
    Args args = new Args(a, ctx, 1);
    return args.require(0, "the previous name")
        ? args.name(args.value(0), "the previous name")
        : null;
  }

  private static void primaryKey(TableDraft t, Attribute a, String column, Ctx ctx) {
    Args args = new Args(a, ctx, 0, "name", "deferrable", "renamedFrom");
    if (t.primaryKey != null) {
      ctx.error(
          a.pos(),
          t.display()
              + " has a primary key already; for a key of several columns write @@id([...])");
      return;
    }
    String explicit = Common.optionalName(args, "name");
    PrimaryKey pk =
        new PrimaryKey(
            explicit == null ? "" : explicit,
            List.of(column),
            List.of(),
            null,
            Common.optionalName(args, "renamedFrom"),
            Common.deferrability(args));
    t.primaryKey = new Pending<>(pk, explicit, null, "pkey", a.pos(), ctx, Renames::primaryKey);
  }

  private static void unique(TableDraft t, Attribute a, String column, Ctx ctx) {
    Args args = new Args(a, ctx, 0, "name", "nullsNotDistinct", "deferrable", "renamedFrom");
    String explicit = Common.optionalName(args, "name");
    UniqueConstraint u =
        new UniqueConstraint(
            explicit == null ? "" : explicit,
            List.of(column),
            Common.flag(args, "nullsNotDistinct"),
            List.of(),
            Common.deferrability(args),
            null,
            Common.optionalName(args, "renamedFrom"));
    t.uniques.add(new Pending<>(u, explicit, column, "key", a.pos(), ctx, Renames::unique));
  }

  private void references(TableDraft t, Attribute a, String column, String schema, Ctx ctx) {
    Args args = new Args(a, ctx, 1, ForeignKeys.ARGS);
    if (!args.require(0, "the referenced table.column")) {
      return;
    }
    Value v = args.value(0);
    QName q = args.qname(v, "the referenced column");
    if (q == null || v == null) {
      return;
    }
    if (q.isSimple()) {
      args.wrong(v, "the referenced column", "table.column or schema.table.column");
      return;
    }
    QName table = new QName(q.parts().subList(0, q.parts().size() - 1));
    QualifiedName target = lowering.modelName(table, schema, ctx);
    if (target == null) {
      return;
    }
    ForeignKey fk = ForeignKeys.build(args, List.of(column), target, List.of(q.last().text()));
    t.foreignKeys.add(ForeignKeys.pending(fk, args, ctx));
  }
}
