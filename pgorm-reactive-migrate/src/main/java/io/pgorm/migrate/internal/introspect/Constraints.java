package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The constraints of one table, by kind. */
final class Constraints {

  @Nullable PrimaryKey primaryKey;
  final List<UniqueConstraint> uniques = new ArrayList<>();
  final List<CheckConstraint> checks = new ArrayList<>();
  final List<ForeignKey> foreignKeys = new ArrayList<>();
  final List<ExclusionConstraint> exclusions = new ArrayList<>();

  /**
   * @param partition whether the table is a partition: then constraints it got from its parent
   *     (cloned or inherited) are the parent's, not its own
   */
  static Constraints of(List<ConstraintRow> rows, Map<Long, IndexRow> indexes, boolean partition) {
    Constraints c = new Constraints();
    for (ConstraintRow row : rows) {
      if (partition && (row.cloned() || !row.local())) {
        continue;
      }
      Long indexOid = row.index();
      IndexRow index = indexOid == null ? null : indexes.get(indexOid);
      switch (row.kind()) {
        case "p" ->
            c.primaryKey =
                new PrimaryKey(
                    row.name(),
                    row.columns(),
                    index == null ? List.of() : Indexes.include(index),
                    row.comment(),
                    null,
                    deferrability(row));
        case "u" ->
            c.uniques.add(
                new UniqueConstraint(
                    row.name(),
                    row.columns(),
                    index != null && index.nullsNotDistinct(),
                    index == null ? List.of() : Indexes.include(index),
                    deferrability(row),
                    row.comment(),
                    null));
        case "c" -> c.checks.add(check(row));
        case "f" -> c.foreignKeys.add(foreignKey(row));
        case "x" -> {
          if (index != null) {
            c.exclusions.add(
                new ExclusionConstraint(
                    row.name(),
                    index.method(),
                    Indexes.exclusionElements(index, row.operators()),
                    Indexes.include(index),
                    index.predicate(),
                    deferrability(row),
                    row.comment(),
                    null));
          }
        }
        default -> {}
      }
    }
    return c;
  }

  static CheckConstraint check(ConstraintRow row) {
    return new CheckConstraint(
        row.name(),
        row.expression() == null ? "true" : row.expression(),
        row.noInherit(),
        row.comment(),
        null);
  }

  private static ForeignKey foreignKey(ConstraintRow row) {
    return new ForeignKey(
        row.name(),
        row.columns(),
        QualifiedName.of(String.valueOf(row.refSchema()), String.valueOf(row.refTable())),
        row.refColumns(),
        action(row.onDelete()),
        action(row.onUpdate()),
        switch (row.match()) {
          case "f" -> ForeignKeyMatch.FULL;
          case "p" -> ForeignKeyMatch.PARTIAL;
          default -> ForeignKeyMatch.SIMPLE;
        },
        deferrability(row),
        row.comment(),
        null,
        row.onDeleteColumns());
  }

  private static ForeignKeyAction action(String code) {
    return switch (code) {
      case "r" -> ForeignKeyAction.RESTRICT;
      case "c" -> ForeignKeyAction.CASCADE;
      case "n" -> ForeignKeyAction.SET_NULL;
      case "d" -> ForeignKeyAction.SET_DEFAULT;
      default -> ForeignKeyAction.NO_ACTION;
    };
  }

  private static Deferrability deferrability(ConstraintRow row) {
    if (!row.deferrable()) {
      return Deferrability.NOT_DEFERRABLE;
    }
    return row.deferred() ? Deferrability.INITIALLY_DEFERRED : Deferrability.INITIALLY_IMMEDIATE;
  }
}
