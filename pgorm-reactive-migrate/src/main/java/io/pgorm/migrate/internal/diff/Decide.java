package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Whether an object present on both sides is the same, altered in place, replaced or recreated:
 * what PostgreSQL can change with ALTER, and what it cannot.
 */
final class Decide {

  private Decide() {}

  /** The action for an object on both sides, or {@code null} when nothing differs. */
  static @Nullable Action of(Obj a, Obj b) {
    Object x = a.value();
    Object y = b.value();
    if (x.equals(y) && Objects.equals(a.parent(), b.parent())) {
      return null;
    }
    if (x.getClass() != y.getClass() || !Objects.equals(a.parent(), b.parent())) {
      return a.key().kind() == Key.Kind.TYPE ? Action.RECREATE : Action.REPLACE;
    }
    return switch (a.key().kind()) {
      case TYPE -> type(x, y);
      case ROUTINE -> routine((Routine) x, (Routine) y);
      case RELATION -> x instanceof View v ? view(v, (View) y) : Action.ALTER;
      case CONSTRAINT -> constraint(x, y);
      case INDEX ->
          withoutComment((Index) x).equals(withoutComment((Index) y))
              ? Action.ALTER
              : Action.REPLACE;
      case TRIGGER ->
          withoutComment((Trigger) x).equals(withoutComment((Trigger) y))
              ? Action.ALTER
              : Action.REPLACE;
      case POLICY -> policy((Policy) x, (Policy) y);
      case SEQUENCE_OWNER ->
          Objects.equals(((Sequence) x).ownedBy(), ((Sequence) y).ownedBy()) ? null : Action.ALTER;
      default -> Action.ALTER;
    };
  }

  /** Why an object on both sides is replaced rather than altered, in a few words. */
  static String why(Obj a, Obj b) {
    Object x = a.value();
    Object y = b.value();
    if (x.getClass() != y.getClass()) {
      return "its kind changes";
    }
    if (!Objects.equals(a.parent(), b.parent())) {
      return "it moves to another table";
    }
    return switch (a.key().kind()) {
      case TYPE ->
          x instanceof EnumType
              ? "values are removed or reordered"
              : x instanceof CompositeType
                  ? "attributes change other than by adding at the end or dropping"
                  : "its base type or collation changes";
      case ROUTINE -> "its arguments or return type change";
      case RELATION ->
          ((View) x).materialized() != ((View) y).materialized()
              ? "it becomes " + (((View) y).materialized() ? "materialized" : "a plain view")
              : "its query changes";
      case POLICY -> "its command or kind changes, or a clause is removed";
      default -> "its definition changes";
    };
  }

  private static Action type(Object x, Object y) {
    if (x instanceof EnumType a) {
      return isSubsequence(a.values(), ((EnumType) y).values()) ? Action.ALTER : Action.RECREATE;
    }
    if (x instanceof CompositeType a) {
      return appendOnly(a.attributes(), ((CompositeType) y).attributes())
          ? Action.ALTER
          : Action.RECREATE;
    }
    Domain a = (Domain) x;
    Domain b = (Domain) y;
    return a.baseType().equals(b.baseType()) && Objects.equals(a.collation(), b.collation())
        ? Action.ALTER
        : Action.RECREATE;
  }

  /** Whether {@code b} keeps every value of {@code a} in the same order (values only added). */
  static boolean isSubsequence(List<String> a, List<String> b) {
    int i = 0;
    for (String v : b) {
      if (i < a.size() && a.get(i).equals(v)) {
        i++;
      }
    }
    return i == a.size() && new HashSet<>(b).containsAll(a);
  }

  /**
   * Whether {@code b} is {@code a} with some attributes dropped and others appended, each kept one
   * unchanged: what ALTER TYPE ... ADD/DROP ATTRIBUTE can do.
   */
  static boolean appendOnly(List<Attribute> withComments, List<Attribute> alsoWithComments) {
    // comments change in place (COMMENT ON COLUMN type.attribute)
    List<Attribute> a = withComments.stream().map(x -> x.withComment(null)).toList();
    List<Attribute> b = alsoWithComments.stream().map(x -> x.withComment(null)).toList();
    Set<String> names = new HashSet<>();
    b.forEach(x -> names.add(x.name()));
    List<Attribute> kept = new ArrayList<>();
    for (Attribute x : a) {
      if (names.contains(x.name())) {
        kept.add(x);
      }
    }
    if (kept.size() > b.size() || !b.subList(0, kept.size()).equals(kept)) {
      return false;
    }
    Set<String> dropped = new HashSet<>();
    a.forEach(x -> dropped.add(x.name()));
    dropped.removeAll(names);
    // a name dropped and added again would be a different attribute: not in place
    return b.subList(kept.size(), b.size()).stream().noneMatch(x -> dropped.contains(x.name()));
  }

  private static Action routine(Routine a, Routine b) {
    boolean replaceable =
        a.kind() == b.kind()
            && a.arguments().equals(b.arguments())
            && Objects.equals(a.returns(), b.returns());
    return replaceable ? Action.ALTER : Action.REPLACE;
  }

  private static Action view(View a, View b) {
    return a.materialized() == b.materialized() && a.query().equals(b.query())
        ? Action.ALTER
        : Action.REPLACE;
  }

  private static Action constraint(Object x, Object y) {
    if (x instanceof ForeignKey a) {
      ForeignKey b = (ForeignKey) y;
      return a.columns().equals(b.columns())
              && a.referencedTable().equals(b.referencedTable())
              && a.referencedColumns().equals(b.referencedColumns())
              && a.onDelete() == b.onDelete()
              && a.onDeleteColumns().equals(b.onDeleteColumns())
              && a.onUpdate() == b.onUpdate()
              && a.match() == b.match()
          ? Action.ALTER
          : Action.REPLACE;
    }
    return Comments.without(x).equals(Comments.without(y)) ? Action.ALTER : Action.REPLACE;
  }

  private static @Nullable Action policy(Policy a, Policy b) {
    boolean inPlace =
        a.command() == b.command()
            && a.permissive() == b.permissive()
            && (a.using() == null || b.using() != null)
            && (a.withCheck() == null || b.withCheck() != null);
    return inPlace ? Action.ALTER : Action.REPLACE;
  }

  static Index withoutComment(Index i) {
    return new Index(
        i.name(),
        i.method(),
        i.unique(),
        i.nullsNotDistinct(),
        i.elements(),
        i.include(),
        i.where(),
        i.storageParameters(),
        null,
        null);
  }

  static Trigger withoutComment(Trigger t) {
    return new Trigger(
        t.name(),
        t.timing(),
        t.events(),
        t.updateOf(),
        t.level(),
        t.when(),
        t.oldTable(),
        t.newTable(),
        t.function(),
        t.arguments(),
        t.constraint(),
        t.deferrability(),
        null,
        t.referencedTable());
  }

  /** Whether two columns differ in anything but their comment. */
  static boolean sameButComment(Column a, Column b) {
    return a.withComment(null).equals(b.withComment(null));
  }

  /** Whether the columns of a standalone table can be attached as a partition of {@code parent}. */
  static boolean attachable(Table standalone, Table parent) {
    if (standalone.columns().size() != parent.columns().size()) {
      return false;
    }
    for (Column p : parent.columns()) {
      Column c = standalone.column(p.name());
      if (c == null
          || !c.type().equals(p.type())
          || !Objects.equals(c.collation(), p.collation())) {
        return false;
      }
    }
    return true;
  }
}
