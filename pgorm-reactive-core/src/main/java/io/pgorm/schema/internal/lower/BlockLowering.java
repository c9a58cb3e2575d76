package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.ast.Attribute;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.IndexElement;
import io.pgorm.schema.internal.ast.Member;
import io.pgorm.schema.internal.ast.Value;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Table attributes ({@code @@...}) of models and partitions: constraints and indexes. */
final class BlockLowering {

  private final Lowering lowering;
  private final TableAttributes table;

  BlockLowering(Lowering lowering) {
    this.lowering = lowering;
    this.table = new TableAttributes(lowering);
  }

  /**
   * @param allowed the attributes this kind of block takes, for the message about others
   */
  void attribute(TableDraft t, Member.BlockAttr m, String schema, List<String> allowed) {
    Attribute a = m.attribute();
    String name = a.name().text();
    Ctx ctx = t.ctx;
    if (!allowed.contains(name)) {
      ctx.error(
          a.pos(),
          "unknown attribute @@"
              + name
              + " in "
              + t.display()
              + Suggest.didYouMean(name, allowed)
              + " (it takes: "
              + String.join(", ", allowed.stream().map(x -> "@@" + x).toList())
              + ")");
      return;
    }
    String doc = m.doc();
    switch (name) {
      case "id" -> primaryKey(t, a, doc, ctx);
      case "unique" -> unique(t, a, doc, ctx);
      case "check" -> check(t, a, doc, null, ctx);
      case "foreignKey" -> foreignKey(t, a, doc, schema, ctx);
      case "exclude" -> exclusion(t, a, doc, ctx);
      case "index" -> t.indexes.addAll(index(t.ctx, a, doc));
      case "policy" -> {
        int before = t.policies.size();
        table.attribute(t, a, ctx);
        if (doc != null && t.policies.size() > before) {
          io.pgorm.schema.ir.Policy p = t.policies.remove(before);
          t.policies.add(
              new io.pgorm.schema.ir.Policy(
                  p.name(), p.command(), p.permissive(), p.roles(), p.using(), p.withCheck(), doc));
        }
      }
      default -> {
        if (doc != null) {
          ctx.error(a.pos(), "a doc comment before " + a.display() + " has nothing to describe");
        }
        table.attribute(t, a, ctx);
      }
    }
  }

  private static void primaryKey(TableDraft t, Attribute a, @Nullable String doc, Ctx ctx) {
    Args args = new Args(a, ctx, 1, "name", "include", "deferrable", "renamedFrom");
    if (!args.require(0, "the [columns] of the key")) {
      return;
    }
    List<Ident> cols = args.names(args.value(0), "the columns");
    if (cols == null) {
      return;
    }
    if (t.primaryKey != null) {
      ctx.error(a.pos(), t.display() + " has a primary key already (@id or @@id)");
      return;
    }
    String explicit = Common.optionalName(args, "name");
    PrimaryKey pk =
        new PrimaryKey(
            explicit == null ? "" : explicit,
            texts(cols),
            include(args),
            doc,
            Common.optionalName(args, "renamedFrom"),
            Common.deferrability(args));
    t.primaryKey = new Pending<>(pk, explicit, null, "pkey", a.pos(), ctx, Renames::primaryKey);
  }

  private static void unique(TableDraft t, Attribute a, @Nullable String doc, Ctx ctx) {
    Args args =
        new Args(a, ctx, 1, "name", "nullsNotDistinct", "include", "deferrable", "renamedFrom");
    if (!args.require(0, "the [columns] that are unique together")) {
      return;
    }
    List<Ident> cols = args.names(args.value(0), "the columns");
    if (cols == null) {
      return;
    }
    String explicit = Common.optionalName(args, "name");
    UniqueConstraint u =
        new UniqueConstraint(
            explicit == null ? "" : explicit,
            texts(cols),
            Common.flag(args, "nullsNotDistinct"),
            include(args),
            Common.deferrability(args),
            doc,
            Common.optionalName(args, "renamedFrom"));
    t.uniques.add(
        new Pending<>(
            u, explicit, Names.columnsPart(texts(cols)), "key", a.pos(), ctx, Renames::unique));
  }

  /**
   * A check constraint, from {@code @@check} ({@code doc} may be set, {@code column} null) or a
   * column's {@code @check} ({@code column} names the column its default name is made of).
   */
  static void check(
      TableDraft t, Attribute a, @Nullable String doc, @Nullable String column, Ctx ctx) {
    Args args = new Args(a, ctx, 1, "name", "noInherit", "renamedFrom");
    if (!args.require(0, "the SQL condition")) {
      return;
    }
    String sql = args.sql(args.value(0), "the condition");
    if (sql == null) {
      return;
    }
    String explicit = Common.optionalName(args, "name");
    CheckConstraint c =
        new CheckConstraint(
            explicit == null ? "" : explicit,
            sql,
            Common.flag(args, "noInherit"),
            doc,
            Common.optionalName(args, "renamedFrom"));
    t.checks.add(new Pending<>(c, explicit, column, "check", a.pos(), ctx, Renames::check));
  }

  private void foreignKey(TableDraft t, Attribute a, @Nullable String doc, String schema, Ctx ctx) {
    String[] names = new String[ForeignKeys.ARGS.length + 1];
    System.arraycopy(ForeignKeys.ARGS, 0, names, 0, ForeignKeys.ARGS.length);
    names[names.length - 1] = "references";
    Args args = new Args(a, ctx, 1, names);
    if (!args.require(0, "the [columns] of the key")) {
      return;
    }
    List<Ident> cols = args.names(args.value(0), "the columns");
    Value ref = args.value("references");
    if (ref == null) {
      ctx.error(a.pos(), a.display() + " needs references: table(columns)");
      return;
    }
    if (!(ref instanceof Value.Call call)) {
      args.wrong(ref, "'references:'", "table(columns)");
      return;
    }
    QualifiedName target = lowering.modelName(call.name(), schema, ctx);
    List<String> referenced = new ArrayList<>();
    for (var arg : call.args()) {
      String n = arg.name() == null ? args.name(arg.value(), "a referenced column") : null;
      if (n == null) {
        if (arg.name() != null) {
          args.wrong(arg.value(), "a referenced column", "a column name");
        }
        return;
      }
      referenced.add(n);
    }
    if (cols == null || target == null) {
      return;
    }
    ForeignKey fk = ForeignKeys.build(args, texts(cols), target, referenced);
    fk =
        new ForeignKey(
            fk.name(),
            fk.columns(),
            fk.referencedTable(),
            fk.referencedColumns(),
            fk.onDelete(),
            fk.onUpdate(),
            fk.match(),
            fk.deferrability(),
            doc,
            fk.renamedFrom(),
            fk.onDeleteColumns());
    t.foreignKeys.add(ForeignKeys.pending(fk, args, ctx));
  }

  private static void exclusion(TableDraft t, Attribute a, @Nullable String doc, Ctx ctx) {
    Args args =
        new Args(a, ctx, 1, "using", "where", "name", "include", "deferrable", "renamedFrom");
    if (!args.require(0, "the [elements with operators]")) {
      return;
    }
    List<IndexElement> elements = Elements.of(args, args.value(0), "the elements");
    if (elements == null) {
      return;
    }
    List<ExclusionElement> out = new ArrayList<>();
    for (IndexElement e : elements) {
      ExclusionElement x = Elements.exclusion(e, ctx);
      if (x == null) {
        return;
      }
      out.add(x);
    }
    String method = Common.optionalName(args, "using");
    String explicit = Common.optionalName(args, "name");
    ExclusionConstraint x =
        new ExclusionConstraint(
            explicit == null ? "" : explicit,
            method == null ? "gist" : method,
            out,
            include(args),
            args.sql(args.value("where"), "'where:'"),
            Common.deferrability(args),
            doc,
            Common.optionalName(args, "renamedFrom"));
    t.exclusions.add(
        new Pending<>(
            x,
            explicit,
            Names.columnsPart(Elements.nameParts(elements)),
            "excl",
            a.pos(),
            ctx,
            Renames::exclusion));
  }

  /** An index of a table or materialized view (empty after an error). */
  static List<Pending<Index>> index(Ctx ctx, Attribute a, @Nullable String doc) {
    Args args =
        new Args(
            a,
            ctx,
            1,
            "name",
            "unique",
            "using",
            "where",
            "include",
            "nullsNotDistinct",
            "with",
            "renamedFrom");
    if (!args.require(0, "the [columns or (expressions)] to index")) {
      return List.of();
    }
    List<IndexElement> elements = Elements.of(args, args.value(0), "the elements");
    if (elements == null) {
      return List.of();
    }
    List<io.pgorm.schema.ir.IndexElement> out = new ArrayList<>();
    for (IndexElement e : elements) {
      io.pgorm.schema.ir.IndexElement x = Elements.index(args, e, ctx);
      if (x == null) {
        return List.of();
      }
      out.add(x);
    }
    String method = Common.optionalName(args, "using");
    String explicit = Common.optionalName(args, "name");
    boolean unique = Common.flag(args, "unique");
    boolean nnd = Common.flag(args, "nullsNotDistinct");
    if (nnd && !unique) {
      ctx.error(a.pos(), "nullsNotDistinct applies to unique indexes; add unique: true");
    }
    Index index =
        new Index(
            explicit == null ? "" : explicit,
            method == null ? "btree" : method,
            unique,
            nnd,
            out,
            include(args),
            args.sql(args.value("where"), "'where:'"),
            Common.parameters(args, args.value("with"), "'with:'"),
            doc,
            Common.optionalName(args, "renamedFrom"));
    return List.of(
        new Pending<>(
            index,
            explicit,
            Names.columnsPart(Elements.nameParts(elements)),
            "idx",
            a.pos(),
            ctx,
            Renames::index));
  }

  private static List<String> include(Args args) {
    List<Ident> cols = args.names(args.value("include"), "'include:'");
    return cols == null ? List.of() : texts(cols);
  }

  static List<String> texts(List<Ident> idents) {
    List<String> out = new ArrayList<>(idents.size());
    idents.forEach(i -> out.add(i.text()));
    return out;
  }
}
