package io.pgorm.migrate.sql;

import static io.pgorm.migrate.sql.SqlText.literal;
import static io.pgorm.migrate.sql.SqlText.qualified;
import static io.pgorm.migrate.sql.SqlText.quoteIdent;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code COMMENT ON}: {@link #on} for one target, and the comments an object and its parts carry. A
 * {@code null} text removes the comment.
 */
public final class CommentDdl {

  private CommentDdl() {}

  /** {@code COMMENT ON target IS 'text'} (or {@code IS NULL}); {@code target} is SQL. */
  public static String on(String target, @Nullable String text) {
    return "COMMENT ON " + target + " IS " + (text == null ? "NULL" : literal(text));
  }

  /** The comments of a table, its columns, constraints, indexes, triggers and policies. */
  public static List<String> of(Table t) {
    List<String> out = new ArrayList<>();
    String table = qualified(t.name());
    add(out, "TABLE " + table, t.comment());
    for (Column c : t.columns()) {
      add(out, "COLUMN " + table + "." + quoteIdent(c.name()), c.comment());
    }
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      add(out, constraint(pk.name(), table), pk.comment());
    }
    for (UniqueConstraint u : t.uniques()) {
      add(out, constraint(u.name(), table), u.comment());
    }
    for (CheckConstraint c : t.checks()) {
      add(out, constraint(c.name(), table), c.comment());
    }
    for (ForeignKey f : t.foreignKeys()) {
      add(out, constraint(f.name(), table), f.comment());
    }
    for (ExclusionConstraint x : t.exclusions()) {
      add(out, constraint(x.name(), table), x.comment());
    }
    indexes(out, t.name().schema(), t.indexes());
    triggers(out, table, t.triggers());
    for (Policy p : t.policies()) {
      add(out, "POLICY " + quoteIdent(p.name()) + " ON " + table, p.comment());
    }
    return out;
  }

  /** The comments of a view, and of its indexes or triggers. */
  public static List<String> of(View v) {
    List<String> out = new ArrayList<>();
    add(
        out,
        (v.materialized() ? "MATERIALIZED VIEW " : "VIEW ") + qualified(v.name()),
        v.comment());
    columns(out, qualified(v.name()), v.columns());
    indexes(out, v.name().schema(), v.indexes());
    triggers(out, qualified(v.name()), v.triggers());
    return out;
  }

  /** The enum's comment, if it has one. */
  public static List<String> of(EnumType e) {
    return one("TYPE " + qualified(e.name()), e.comment());
  }

  /** The composite type's comment and those of its attributes. */
  public static List<String> of(CompositeType c) {
    List<String> out = new ArrayList<>();
    add(out, "TYPE " + qualified(c.name()), c.comment());
    columns(out, qualified(c.name()), c.attributes());
    return out;
  }

  /** {@code COMMENT ON SCHEMA}, if the schema has a comment. */
  public static List<String> schema(String name, @Nullable String comment) {
    return one("SCHEMA " + quoteIdent(name), comment);
  }

  /**
   * The {@code COMMENT ON COLUMN} statements that turn the comments of {@code from}'s attributes
   * into those of {@code to}'s, for the attributes both have ({@code relation} is SQL).
   */
  public static List<String> columnChanges(
      String relation, List<Attribute> from, List<Attribute> to) {
    List<String> out = new ArrayList<>();
    for (Attribute y : to) {
      for (Attribute x : from) {
        if (x.name().equals(y.name()) && !java.util.Objects.equals(x.comment(), y.comment())) {
          out.add(on("COLUMN " + relation + "." + quoteIdent(y.name()), y.comment()));
        }
      }
    }
    return out;
  }

  private static void columns(List<String> out, String relation, List<Attribute> attributes) {
    for (Attribute a : attributes) {
      add(out, "COLUMN " + relation + "." + quoteIdent(a.name()), a.comment());
    }
  }

  /** The domain's comment and those of its check constraints. */
  public static List<String> of(Domain d) {
    List<String> out = new ArrayList<>();
    add(out, "DOMAIN " + qualified(d.name()), d.comment());
    for (CheckConstraint c : d.checks()) {
      add(
          out,
          "CONSTRAINT " + quoteIdent(c.name()) + " ON DOMAIN " + qualified(d.name()),
          c.comment());
    }
    return out;
  }

  /** The sequence's comment, if it has one. */
  public static List<String> of(Sequence s) {
    return one("SEQUENCE " + qualified(s.name()), s.comment());
  }

  /** The function's or procedure's comment, if it has one. */
  public static List<String> of(Routine r) {
    return one(r.kind().name() + " " + RoutineDdl.signature(r), r.comment());
  }

  /** The extension's comment, if it has one of its own. */
  public static List<String> of(Extension e) {
    return one("EXTENSION " + quoteIdent(e.name()), e.comment());
  }

  /** The role's comment, if it has one (roles and their comments belong to the cluster). */
  public static List<String> of(Role r) {
    return one("ROLE " + quoteIdent(r.name()), r.comment());
  }

  /** The target of a table constraint's comment. */
  public static String constraint(String name, QualifiedName table) {
    return constraint(name, qualified(table));
  }

  private static String constraint(String name, String table) {
    return "CONSTRAINT " + quoteIdent(name) + " ON " + table;
  }

  private static void indexes(List<String> out, String schema, List<Index> indexes) {
    for (Index i : indexes) {
      add(out, "INDEX " + quoteIdent(schema) + "." + quoteIdent(i.name()), i.comment());
    }
  }

  private static void triggers(List<String> out, String relation, List<Trigger> triggers) {
    for (Trigger t : triggers) {
      add(out, "TRIGGER " + quoteIdent(t.name()) + " ON " + relation, t.comment());
    }
  }

  private static List<String> one(String target, @Nullable String text) {
    return text == null ? List.of() : List.of(on(target, text));
  }

  private static void add(List<String> out, String target, @Nullable String text) {
    if (text != null) {
      out.add(on(target, text));
    }
  }
}
