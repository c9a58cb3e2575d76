package io.pgorm.migrate.internal.plan;

import static io.pgorm.migrate.internal.plan.StepBuilder.step;
import static io.pgorm.migrate.internal.plan.TableSteps.nonNull;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.migrate.internal.diff.Action;
import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.SchemaObject;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.plan.Step;
import io.pgorm.migrate.sql.CommentDdl;
import io.pgorm.migrate.sql.GrantDdl;
import io.pgorm.migrate.sql.RoutineDdl;
import io.pgorm.migrate.sql.SchemaDdl;
import io.pgorm.migrate.sql.SequenceDdl;
import io.pgorm.migrate.sql.SqlText;
import io.pgorm.migrate.sql.ViewDdl;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Schemas, roles, extensions, sequences and their ownership, routines, views, grants. */
final class ObjectSteps {

  private ObjectSteps() {}

  static void render(Ctx ctx, Change c, List<String> notes) {
    Key key = c.key();
    Object a = c.before() == null ? null : c.before().value();
    Object b = c.after() == null ? null : c.after().value();
    switch (key.kind()) {
      case SCHEMA -> schema(ctx, c);
      case ROLE -> role(ctx, c, (Role) a, (Role) b, notes);
      case EXTENSION -> extension(ctx, c, (Extension) a, (Extension) b);
      case SEQUENCE -> sequence(ctx, c, (Sequence) a, (Sequence) b);
      case SEQUENCE_OWNER -> owner(ctx, c, (Sequence) a, (Sequence) b);
      case ROUTINE -> routine(ctx, c, (Routine) a, (Routine) b);
      case RELATION -> view(ctx, c, (View) a, (View) b);
      case GRANT -> grant(ctx, c, a, b);
      default -> throw new IllegalStateException("not an object kind: " + key);
    }
  }

  private static void schema(Ctx ctx, Change c) {
    String name = c.key().name();
    if (c.action() == Action.CREATE) {
      ctx.create(
          c.key(), step(name, "create schema " + name).sql(SchemaDdl.createSchema(name)).build());
      if (c.after() != null && c.after().value() instanceof SchemaObject s && s.comment() != null) {
        ctx.create(
            c.key(),
            step(name, "comment on schema " + name)
                .sql(CommentDdl.schema(name, s.comment()))
                .build());
      }
    } else if (c.action() == Action.ALTER
        && c.before() != null
        && c.before().value() instanceof SchemaObject x
        && c.after() != null
        && c.after().value() instanceof SchemaObject y) {
      TypeSteps.comment(ctx, c.key(), "SCHEMA " + quoteIdent(name), x.comment(), y.comment());
    } else if (c.action() == Action.DROP) {
      ctx.drop(c.key(), step(name, "drop schema " + name).sql(SchemaDdl.dropSchema(name)).build());
    }
  }

  private static void role(
      Ctx ctx, Change c, @Nullable Role a, @Nullable Role b, List<String> notes) {
    Key key = c.key();
    switch (c.action()) {
      case CREATE -> {
        Role r = nonNull(b);
        ctx.create(
            key,
            step(r.name(), "create role " + r.name() + " unless it exists")
                .sql(SchemaDdl.createRole(r))
                .build());
        CommentDdl.of(r)
            .forEach(
                s -> ctx.create(key, step(r.name(), "comment on role " + r.name()).sql(s).build()));
      }
      case DROP ->
          notes.add(
              "role "
                  + nonNull(a).name()
                  + " is no longer used; roles belong to the cluster,"
                  + " not the database, so the plan does not drop it");
      default ->
          TypeSteps.comment(
              ctx,
              key,
              "ROLE " + quoteIdent(nonNull(b).name()),
              nonNull(a).comment(),
              nonNull(b).comment());
    }
  }

  private static void extension(Ctx ctx, Change c, @Nullable Extension a, @Nullable Extension b) {
    Key key = c.key();
    switch (c.action()) {
      case CREATE -> {
        Extension e = nonNull(b);
        ctx.create(
            key,
            step(e.name(), "create extension " + e.name())
                .sql(SchemaDdl.createExtension(e))
                .build());
        CommentDdl.of(e)
            .forEach(
                s ->
                    ctx.create(
                        key, step(e.name(), "comment on extension " + e.name()).sql(s).build()));
      }
      case DROP ->
          ctx.drop(
              key,
              step(nonNull(a).name(), "drop extension " + nonNull(a).name())
                  .sql(SchemaDdl.dropExtension(nonNull(a).name()))
                  .build());
      default -> {
        Extension x = nonNull(a);
        Extension y = nonNull(b);
        String to = y.version();
        if (to != null && !to.equals(x.version())) {
          ctx.create(
              key,
              step(y.name(), "update extension " + y.name() + " from " + x.version() + " to " + to)
                  .sql(SchemaDdl.updateExtension(y.name(), to))
                  .hazard(
                      HazardKind.NOT_REVERSIBLE,
                      "extension " + y.name() + " may ship no update script back to " + x.version())
                  .build());
        }
        String schema = y.schema();
        if (schema != null && !schema.equals(x.schema())) {
          ctx.create(
              key,
              step(y.name(), "move extension " + y.name() + " to schema " + schema)
                  .sql(SchemaDdl.setExtensionSchema(y.name(), schema))
                  .build());
        }
        TypeSteps.comment(ctx, key, "EXTENSION " + quoteIdent(y.name()), x.comment(), y.comment());
      }
    }
  }

  private static void sequence(Ctx ctx, Change c, @Nullable Sequence a, @Nullable Sequence b) {
    Key key = c.key();
    switch (c.action()) {
      case CREATE -> {
        Sequence s = nonNull(b);
        ctx.create(
            key,
            step(key.subject(), "create sequence " + s.name())
                .sql(SequenceDdl.createSequence(s))
                .build());
        CommentDdl.of(s)
            .forEach(
                x ->
                    ctx.create(
                        key,
                        step(key.subject(), "comment on sequence " + s.name()).sql(x).build()));
      }
      case DROP ->
          ctx.drop(
              key,
              step(key.subject(), "drop sequence " + nonNull(a).name())
                  .sql(SequenceDdl.dropSequence(nonNull(a).name()))
                  .hazard(
                      HazardKind.DATA_LOSS,
                      "the current value of " + nonNull(a).name() + " is lost")
                  .build());
      default -> {
        Sequence x = nonNull(a);
        Sequence y = nonNull(b);
        String alter = SequenceDdl.alterSequence(x, y);
        if (alter != null) {
          StepBuilder s = step(key.subject(), "alter sequence " + y.name());
          String move =
              SequenceDdl.moveIntoRange(
                  SqlText.literal(qualified(y.name())) + "::regclass",
                  x.options(),
                  x.type() == null ? TypeRef.builtin("bigint") : x.type(),
                  y.options(),
                  y.type() == null ? TypeRef.builtin("bigint") : y.type());
          if (move != null) {
            s.sql(move);
          }
          ctx.create(key, s.sql(alter).build());
        }
        TypeSteps.comment(ctx, key, "SEQUENCE " + qualified(y.name()), x.comment(), y.comment());
      }
    }
  }

  private static void owner(Ctx ctx, Change c, @Nullable Sequence a, @Nullable Sequence b) {
    Key key = c.key();
    if (a != null
        && c.action() != Action.CREATE
        && (b == null || c.action() == Action.REPLACE || b.ownedBy() == null)) {
      ctx.drop(
          key,
          step(key.subject(), "sequence " + a.name() + " owned by no column")
              .sql(SequenceDdl.ownedByNone(a.name()))
              .build());
    }
    if (b != null && c.action() != Action.DROP) {
      String owned = SequenceDdl.ownedBy(b);
      if (owned != null) {
        ctx.create(
            key,
            step(key.subject(), "sequence " + b.name() + " owned by " + b.ownedBy())
                .sql(owned)
                .build());
      }
    }
  }

  private static void routine(Ctx ctx, Change c, @Nullable Routine a, @Nullable Routine b) {
    Key key = c.key();
    String what = (b != null ? b : nonNull(a)).kind().name().toLowerCase(Locale.ROOT);
    switch (c.action()) {
      case CREATE -> createRoutine(ctx, key, nonNull(b), "create " + what);
      case DROP ->
          ctx.drop(
              key,
              step(key.subject(), "drop " + what + " " + key.subject())
                  .sql(RoutineDdl.dropRoutine(nonNull(a)))
                  .build());
      case REPLACE -> {
        ctx.drop(
            key,
            step(
                    key.subject(),
                    "drop "
                        + what
                        + " "
                        + key.subject()
                        + " to create it again ("
                        + TableSteps.reasonOf(c)
                        + ")")
                .sql(RoutineDdl.dropRoutine(nonNull(a)))
                .build());
        createRoutine(ctx, key, nonNull(b), "create again " + what);
      }
      default -> {
        Routine x = nonNull(a);
        Routine y = nonNull(b);
        String hints = RoutineDdl.alterHints(x, y);
        if (hints != null) {
          ctx.create(
              key,
              step(key.subject(), "planner hints of " + what + " " + key.subject())
                  .sql(hints)
                  .build());
        } else if (!sameButComment(x, y)) {
          ctx.create(
              key,
              step(key.subject(), "replace " + what + " " + key.subject())
                  .sql(RoutineDdl.createOrReplaceRoutine(y))
                  .build());
        }
        TypeSteps.comment(
            ctx, key, y.kind().name() + " " + RoutineDdl.signature(y), x.comment(), y.comment());
      }
    }
  }

  private static boolean sameButComment(Routine x, Routine y) {
    return Objects.equals(x.body(), y.body()) && x.equals(y.withComment(x.comment()));
  }

  private static void createRoutine(Ctx ctx, Key key, Routine r, String description) {
    ctx.create(
        key,
        step(key.subject(), description + " " + key.subject())
            .sql(RoutineDdl.createRoutine(r))
            .build());
    CommentDdl.of(r)
        .forEach(
            s ->
                ctx.create(key, step(key.subject(), "comment on " + key.subject()).sql(s).build()));
  }

  private static void view(Ctx ctx, Change c, @Nullable View a, @Nullable View b) {
    Key key = c.key();
    switch (c.action()) {
      case CREATE -> createView(ctx, key, nonNull(b), "create ");
      case DROP -> ctx.drop(key, dropView(key, nonNull(a), ""));
      case REPLACE -> {
        ctx.drop(
            key, dropView(key, nonNull(a), " to create it again (" + TableSteps.reasonOf(c) + ")"));
        createView(ctx, key, nonNull(b), "create again ");
      }
      default -> {
        View x = nonNull(a);
        View y = nonNull(b);
        List<String> options = ViewDdl.alterOptions(x, y);
        if (!options.isEmpty()) {
          ctx.create(key, step(key.subject(), "options of view " + y.name()).sql(options).build());
        }
        TypeSteps.comment(
            ctx,
            key,
            (y.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(y.name()),
            x.comment(),
            y.comment());
        for (String sql : CommentDdl.columnChanges(qualified(y.name()), x.columns(), y.columns())) {
          ctx.create(
              key, step(key.subject(), "comment on a column of " + y.name()).sql(sql).build());
        }
      }
    }
  }

  static void createView(Ctx ctx, Key key, View v, String verb) {
    String what = v.materialized() ? "materialized view " : "view ";
    ctx.create(key, step(key.subject(), verb + what + v.name()).sql(ViewDdl.createView(v)).build());
    if (v.comment() != null) {
      ctx.create(
          key,
          step(key.subject(), "comment on " + what + v.name())
              .sql(
                  CommentDdl.on(
                      (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(v.name()),
                      v.comment()))
              .build());
    }
    for (io.pgorm.schema.ir.Attribute a : v.columns()) {
      if (a.comment() != null) {
        ctx.create(
            key,
            step(key.subject(), "comment on column " + a.name() + " of " + what + v.name())
                .sql(
                    CommentDdl.on(
                        "COLUMN " + qualified(v.name()) + "." + quoteIdent(a.name()), a.comment()))
                .build());
      }
    }
  }

  static Step dropView(Key key, View v, String why) {
    return step(
            key.subject(),
            "drop " + (v.materialized() ? "materialized view " : "view ") + v.name() + why)
        .sql(ViewDdl.dropView(v))
        .build();
  }

  private static List<Grant> grants(@Nullable Object list) {
    return list == null ? List.of() : ((List<?>) list).stream().map(Grant.class::cast).toList();
  }

  private static void grant(Ctx ctx, Change c, @Nullable Object a, @Nullable Object b) {
    Key key = c.key();
    List<Grant> before = grants(a);
    List<Grant> after = grants(b);
    String what = key.name() + " to " + key.part();
    boolean implicitDrop = c.action() == Action.REPLACE;
    if (!implicitDrop) {
      for (Grant g : before) {
        ctx.drop(
            key,
            step(key.subject(), "revoke " + String.join(", ", g.privileges()) + " on " + what)
                .sql(GrantDdl.revoke(g))
                .build());
      }
    }
    for (Grant g : after) {
      ctx.create(
          key,
          step(key.subject(), "grant " + String.join(", ", g.privileges()) + " on " + what)
              .sql(GrantDdl.grant(g))
              .build());
    }
  }
}
