package io.pgorm.migrate.internal.plan;

import static io.pgorm.migrate.internal.plan.StepBuilder.step;
import static io.pgorm.migrate.internal.plan.TableSteps.nonNull;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.migrate.internal.diff.Action;
import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.ModelIndex;
import io.pgorm.migrate.internal.diff.Obj;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.sql.AlterDdl;
import io.pgorm.migrate.sql.CommentDdl;
import io.pgorm.migrate.sql.ConstraintDdl;
import io.pgorm.migrate.sql.IndexDdl;
import io.pgorm.migrate.sql.PolicyDdl;
import io.pgorm.migrate.sql.TriggerDdl;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SortOrder;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The parts of a table or view: constraints, indexes, triggers, policies. A part of a relation that
 * goes is dropped with it (its drop vertex stands for the relation's), except foreign keys, which
 * are dropped first so that tables referring to each other can go; the constraints of a new table
 * are in its CREATE TABLE.
 */
final class PartSteps {

  private PartSteps() {}

  /** Whether the part goes with its relation, with no statement of its own. */
  static boolean dropsWithParent(Ctx ctx, Change c) {
    Key parent = c.before() == null ? null : c.before().parent();
    if (parent == null || !ctx.goes(parent)) {
      return false;
    }
    return !(c.before().value() instanceof ForeignKey);
  }

  /** Whether the part is made by its table's CREATE TABLE. */
  static boolean madeWithParent(Ctx ctx, Change c) {
    Key parent = c.after() == null ? null : c.after().parent();
    if (parent == null || !ctx.isNew(parent)) {
      return false;
    }
    Object v = c.after().value();
    return v instanceof PrimaryKey
        || v instanceof UniqueConstraint
        || v instanceof CheckConstraint
        || v instanceof ExclusionConstraint;
  }

  static void render(Ctx ctx, Change c) {
    boolean drop = c.action() == Action.DROP || c.action() == Action.REPLACE;
    boolean create = c.action() == Action.CREATE || c.action() == Action.REPLACE;
    if (drop && !dropsWithParent(ctx, c)) {
      drop(ctx, c);
    }
    if (create && !madeWithParent(ctx, c)) {
      create(ctx, c);
    }
    if (c.action() == Action.ALTER) {
      alter(ctx, c);
    }
  }

  private static QualifiedName parent(@Nullable Obj o) {
    Key p = nonNull(nonNull(o).parent());
    return QualifiedName.of(p.schema(), p.name());
  }

  private static String why(Change c) {
    return c.action() == Action.REPLACE
        ? " to create it again (" + TableSteps.reasonOf(c) + ")"
        : "";
  }

  private static void drop(Ctx ctx, Change c) {
    Key key = c.key();
    Object v = nonNull(c.before()).value();
    QualifiedName rel = parent(c.before());
    StepBuilder s;
    if (v instanceof Index i) {
      boolean concurrently = concurrent(ctx, key, nonNull(c.before()).parent());
      s =
          step(key.subject(), "drop index " + key.subject() + why(c))
              .sql(
                  concurrently
                      ? IndexDdl.dropIndexConcurrently(rel.schema(), i.name())
                      : IndexDdl.dropIndex(rel.schema(), i.name()));
      if (concurrently) {
        s.outsideTransaction();
      }
    } else if (v instanceof Trigger t) {
      s =
          step(key.subject(), "drop trigger " + t.name() + " on " + rel + why(c))
              .sql(TriggerDdl.dropTrigger(rel, t.name()));
    } else if (v instanceof Policy p) {
      s =
          step(key.subject(), "drop policy " + p.name() + " on " + rel + why(c))
              .sql(PolicyDdl.dropPolicy(rel, p.name()));
    } else {
      s =
          step(key.subject(), "drop constraint " + key.part() + " on " + rel + why(c))
              .sql(ConstraintDdl.drop(rel, key.part()));
    }
    ctx.drop(key, s.build());
  }

  /** Whether an index on {@code parent} is built or dropped concurrently. */
  private static boolean concurrent(Ctx ctx, Key index, @Nullable Key parent) {
    if (!ctx.options.concurrentIndexes() || parent == null || !ctx.kept(parent)) {
      return false;
    }
    Table t = ctx.targetTable(parent);
    return t == null || t.partitionBy() == null;
  }

  private static void create(Ctx ctx, Change c) {
    Key key = c.key();
    Obj o = nonNull(c.after());
    Object v = o.value();
    QualifiedName rel = parent(o);
    boolean kept = o.parent() != null && ctx.kept(o.parent());
    String verb = c.action() == Action.REPLACE ? "create again " : "create ";
    if (v instanceof Index i) {
      boolean concurrently = concurrent(ctx, key, o.parent());
      StepBuilder s =
          step(key.subject(), verb + "index " + key.subject() + " on " + rel)
              .sql(
                  concurrently
                      ? IndexDdl.createIndexConcurrently(rel, i)
                      : IndexDdl.createIndex(rel, i));
      if (concurrently) {
        s.outsideTransaction();
      } else if (kept) {
        s.hazard(HazardKind.LONG_LOCK, "writes to " + rel + " wait while the index is built");
      }
      ctx.create(key, s.build());
      comment(
          ctx,
          key,
          "INDEX " + quoteIdent(rel.schema()) + "." + quoteIdent(i.name()),
          null,
          i.comment());
    } else if (v instanceof Trigger t) {
      ctx.create(
          key,
          step(key.subject(), verb + "trigger " + t.name() + " on " + rel)
              .sql(TriggerDdl.createTrigger(rel, t))
              .build());
      comment(
          ctx, key, "TRIGGER " + quoteIdent(t.name()) + " ON " + qualified(rel), null, t.comment());
    } else if (v instanceof Policy p) {
      ctx.create(
          key,
          step(key.subject(), verb + "policy " + p.name() + " on " + rel)
              .sql(PolicyDdl.createPolicy(rel, p))
              .build());
      comment(
          ctx, key, "POLICY " + quoteIdent(p.name()) + " ON " + qualified(rel), null, p.comment());
    } else {
      constraint(ctx, key, rel, v, kept, verb);
    }
  }

  private static void constraint(
      Ctx ctx, Key key, QualifiedName rel, Object v, boolean kept, String verb) {
    String name = key.part();
    String description = verb + "constraint " + name + " on " + rel;
    String definition;
    String comment;
    boolean validatedLater = false;
    if (v instanceof PrimaryKey p) {
      definition = ConstraintDdl.definition(p);
      comment = p.comment();
      if (kept && ctx.options.concurrentIndexes() && !partitioned(ctx, key)) {
        usingIndex(
            ctx,
            key,
            rel,
            name,
            p.columns(),
            p.include(),
            false,
            true,
            p.deferrability(),
            description);
        comment(ctx, key, CommentDdl.constraint(name, rel), null, comment);
        return;
      }
    } else if (v instanceof UniqueConstraint u) {
      definition = ConstraintDdl.definition(u);
      comment = u.comment();
      if (kept && ctx.options.concurrentIndexes() && !partitioned(ctx, key)) {
        usingIndex(
            ctx,
            key,
            rel,
            name,
            u.columns(),
            u.include(),
            u.nullsNotDistinct(),
            false,
            u.deferrability(),
            description);
        comment(ctx, key, CommentDdl.constraint(name, rel), null, comment);
        return;
      }
    } else if (v instanceof CheckConstraint ch) {
      definition = ConstraintDdl.definition(ch);
      comment = ch.comment();
      validatedLater = kept && ctx.options.notValidConstraints() && !partitioned(ctx, key);
    } else if (v instanceof ForeignKey f) {
      definition = ConstraintDdl.definition(f);
      comment = f.comment();
      validatedLater = kept && ctx.options.notValidConstraints() && !partitioned(ctx, key);
    } else {
      ExclusionConstraint x = (ExclusionConstraint) v;
      definition = ConstraintDdl.definition(x);
      comment = x.comment();
    }
    if (validatedLater) {
      ctx.create(
          key,
          step(key.subject(), description + ", NOT VALID")
              .sql(ConstraintDdl.addNotValid(rel, definition))
              .commitAfter()
              .build());
      ctx.create(
          key,
          step(key.subject(), "validate constraint " + name + " on " + rel)
              .sql(ConstraintDdl.validate(rel, name))
              .build());
    } else {
      StepBuilder s = step(key.subject(), description).sql(ConstraintDdl.add(rel, definition));
      if (kept) {
        s.hazard(
            HazardKind.LONG_LOCK,
            rel
                + " is scanned"
                + (v instanceof ForeignKey || v instanceof CheckConstraint ? "" : " and indexed")
                + " under a lock that blocks writes");
      }
      ctx.create(key, s.build());
    }
    comment(ctx, key, CommentDdl.constraint(name, rel), null, comment);
  }

  private static boolean partitioned(Ctx ctx, Key part) {
    Table t = ctx.targetTable(ModelIndex.relation(QualifiedName.of(part.schema(), part.name())));
    return t != null && (t.partitionBy() != null || t.partitionOf() != null);
  }

  /** A unique index built concurrently, then made the constraint. */
  private static void usingIndex(
      Ctx ctx,
      Key key,
      QualifiedName rel,
      String name,
      List<String> columns,
      List<String> include,
      boolean nullsNotDistinct,
      boolean primaryKey,
      Deferrability deferrability,
      String description) {
    Index index =
        new Index(
            name,
            "btree",
            true,
            nullsNotDistinct,
            columns.stream()
                .map(
                    c ->
                        new IndexElement(
                            c, null, null, null, Map.of(), SortOrder.ASC, NullsOrder.DEFAULT))
                .toList(),
            include,
            null,
            Map.of(),
            null,
            null);
    ctx.create(
        key,
        step(key.subject(), "build the unique index of " + name + " on " + rel + " concurrently")
            .sql(IndexDdl.createIndexConcurrently(rel, index))
            .outsideTransaction()
            .build());
    ctx.create(
        key,
        step(key.subject(), description + " using that index")
            .sql(ConstraintDdl.addUsingIndex(rel, name, primaryKey, deferrability))
            .build());
  }

  private static void alter(Ctx ctx, Change c) {
    Key key = c.key();
    Obj before = nonNull(c.before());
    Obj after = nonNull(c.after());
    QualifiedName rel = parent(after);
    Object x = before.value();
    Object y = after.value();
    if (x instanceof ForeignKey a && y instanceof ForeignKey b) {
      if (a.deferrability() != b.deferrability()) {
        ctx.create(
            key,
            step(key.subject(), "deferrability of " + b.name() + " on " + rel)
                .sql(ConstraintDdl.alterDeferrability(rel, b.name(), b.deferrability()))
                .build());
      }
      comment(ctx, key, CommentDdl.constraint(b.name(), rel), a.comment(), b.comment());
    } else if (x instanceof Policy a && y instanceof Policy b) {
      if (!Objects.equals(a.roles(), b.roles())
          || !Objects.equals(a.using(), b.using())
          || !Objects.equals(a.withCheck(), b.withCheck())) {
        ctx.create(
            key,
            step(key.subject(), "alter policy " + b.name() + " on " + rel)
                .sql(AlterDdl.alterPolicy(rel, b))
                .build());
      }
      comment(
          ctx,
          key,
          "POLICY " + quoteIdent(b.name()) + " ON " + qualified(rel),
          a.comment(),
          b.comment());
    } else if (x instanceof Index a && y instanceof Index b) {
      comment(
          ctx,
          key,
          "INDEX " + quoteIdent(rel.schema()) + "." + quoteIdent(b.name()),
          a.comment(),
          b.comment());
    } else if (x instanceof Trigger a && y instanceof Trigger b) {
      comment(
          ctx,
          key,
          "TRIGGER " + quoteIdent(b.name()) + " ON " + qualified(rel),
          a.comment(),
          b.comment());
    } else {
      comment(
          ctx,
          key,
          CommentDdl.constraint(key.part(), rel),
          constraintComment(x),
          constraintComment(y));
    }
  }

  private static @Nullable String constraintComment(Object c) {
    if (c instanceof PrimaryKey p) {
      return p.comment();
    }
    if (c instanceof UniqueConstraint u) {
      return u.comment();
    }
    if (c instanceof CheckConstraint ch) {
      return ch.comment();
    }
    if (c instanceof ForeignKey f) {
      return f.comment();
    }
    return ((ExclusionConstraint) c).comment();
  }

  private static void comment(
      Ctx ctx, Key key, String target, @Nullable String before, @Nullable String after) {
    if (!Objects.equals(before, after)) {
      ctx.create(
          key,
          step(key.subject(), "comment on " + key.subject())
              .sql(CommentDdl.on(target, after))
              .build());
    }
  }
}
