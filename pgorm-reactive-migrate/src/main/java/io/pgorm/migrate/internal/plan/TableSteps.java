package io.pgorm.migrate.internal.plan;

import static io.pgorm.migrate.internal.plan.StepBuilder.step;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.migrate.internal.diff.Change;
import io.pgorm.migrate.internal.diff.Key;
import io.pgorm.migrate.internal.diff.Key.Kind;
import io.pgorm.migrate.internal.diff.ModelIndex;
import io.pgorm.migrate.plan.HazardKind;
import io.pgorm.migrate.sql.CommentDdl;
import io.pgorm.migrate.sql.ConstraintDdl;
import io.pgorm.migrate.sql.TableDdl;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Tables made and dropped whole; changes in place are {@link TableAlter}'s. */
final class TableSteps {

  private TableSteps() {}

  /**
   * {@code CREATE TABLE} with its inline constraints (whose create vertices stand for this one),
   * row-level security switches, and the comments of the table, its columns and those constraints.
   */
  static void create(Ctx ctx, Key key, Table t, @Nullable String reason) {
    List<String> comments = new ArrayList<>();
    String table = qualified(t.name());
    if (t.comment() != null) {
      comments.add(CommentDdl.on("TABLE " + table, t.comment()));
    }
    t.columns().stream()
        .filter(c -> c.comment() != null)
        .forEach(
            c ->
                comments.add(
                    CommentDdl.on("COLUMN " + table + "." + quoteIdent(c.name()), c.comment())));
    List<Key> inline = new ArrayList<>();
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      inline.add(part(t, pk.name()));
      comment(comments, t, pk.name(), pk.comment());
    }
    for (UniqueConstraint u : t.uniques()) {
      inline.add(part(t, u.name()));
      comment(comments, t, u.name(), u.comment());
    }
    for (CheckConstraint c : t.checks()) {
      inline.add(part(t, c.name()));
      comment(comments, t, c.name(), c.comment());
    }
    for (ExclusionConstraint x : t.exclusions()) {
      inline.add(part(t, x.name()));
      comment(comments, t, x.name(), x.comment());
    }
    String what = t.partitionOf() != null ? "partition " : "table ";
    ctx.create(
        key,
        step(
                key.subject(),
                (reason == null ? "create " : "create again ")
                    + what
                    + t.name()
                    + (reason == null ? "" : " (" + reason + ")"))
            .sql(TableDdl.createTable(t))
            .build());
    for (String s : TableDdl.rowSecurity(t)) {
      ctx.create(key, step(key.subject(), "row-level security on " + t.name()).sql(s).build());
    }
    for (String c : comments) {
      ctx.create(key, step(key.subject(), "comment on " + t.name()).sql(c).build());
    }
    for (Key k : inline) {
      ctx.graph.alias(k, Phase.CREATE, key, Phase.CREATE);
    }
  }

  /** {@code DROP TABLE}: its rows are lost. */
  static void drop(Ctx ctx, Key key, Table t, @Nullable String reason) {
    ctx.drop(
        key,
        step(
                key.subject(),
                "drop "
                    + (t.partitionOf() != null ? "partition " : "table ")
                    + t.name()
                    + (reason == null ? "" : " to create it again (" + reason + ")"))
            .sql(TableDdl.dropTable(t.name()))
            .hazard(HazardKind.DATA_LOSS, "the rows of " + t.name() + " are lost")
            .build());
  }

  private static Key part(Table t, String name) {
    return ModelIndex.part(Kind.CONSTRAINT, t.name(), name);
  }

  private static void comment(List<String> out, Table t, String name, @Nullable String text) {
    if (text != null) {
      out.add(CommentDdl.on(CommentDdl.constraint(name, t.name()), text));
    }
  }

  /** For {@link Change}s of tables: created, dropped, replaced or altered. */
  static void render(Ctx ctx, Change c) {
    Table before = c.before() == null ? null : (Table) c.before().value();
    Table after = c.after() == null ? null : (Table) c.after().value();
    switch (c.action()) {
      case CREATE -> create(ctx, c.key(), nonNull(after), null);
      case DROP -> drop(ctx, c.key(), nonNull(before), null);
      case REPLACE -> {
        drop(ctx, c.key(), nonNull(before), reasonOf(c));
        create(ctx, c.key(), nonNull(after), reasonOf(c));
      }
      default -> TableAlter.render(ctx, c, nonNull(before), nonNull(after));
    }
  }

  static String reasonOf(Change c) {
    String r = c.reason();
    return r == null ? "it cannot be changed in place" : r;
  }

  static <T> T nonNull(@Nullable T value) {
    if (value == null) {
      throw new IllegalStateException("a change lacks the object it needs");
    }
    return value;
  }

  /** {@code ALTER TABLE ... ADD} for a constraint of a kept table, NOT VALID when asked. */
  static String addConstraint(Table t, String definition) {
    return ConstraintDdl.add(t.name(), definition);
  }
}
