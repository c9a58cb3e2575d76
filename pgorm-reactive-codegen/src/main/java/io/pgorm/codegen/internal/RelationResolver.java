package io.pgorm.codegen.internal;

import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds the join columns of each relation. Where a relation names its {@code fields} and {@code
 * references}, they are used: for a many-to-one (or the owning side of a one-to-one) the fields are
 * the source's foreign-key columns; for a one-to-many (or the other side of a one-to-one) they are
 * the target's. Where it names none, the one foreign key between the two tables decides (for a
 * many-to-many, the join table's keys to either side; on a self-join table, the first declared key
 * points at the source).
 */
final class RelationResolver {

  private final Map<QualifiedName, Table> tables;

  RelationResolver(SchemaModel model) {
    this.tables =
        model.tables().stream().collect(Collectors.toMap(Table::name, Function.identity()));
  }

  /** The resolved relation, or {@code null} after adding what is wrong to {@code problems}. */
  @Nullable ResolvedRelation resolve(Table source, Relation relation, List<String> problems) {
    String what = "relation " + relation.name() + " of " + source.name();
    Table target = tables.get(relation.target());
    if (target == null || target.partitionOf() != null) {
      problems.add(
          what
              + ": target "
              + relation.target()
              + " is not a model (a table that is no partition)");
      return null;
    }
    List<String> found = new ArrayList<>();
    ResolvedRelation resolved =
        switch (relation.kind()) {
          case MANY_TO_ONE -> owning(source, target, relation);
          case ONE_TO_MANY -> inverse(source, target, relation);
          case ONE_TO_ONE ->
              // the side whose foreign key has these columns owns the relation
              keyOn(target, relation.fields(), source.name())
                      && !keyOn(source, relation.fields(), target.name())
                  ? inverse(source, target, relation)
                  : firstOf(owning(source, target, relation), inverse(source, target, relation));
          case MANY_TO_MANY -> manyToMany(source, target, relation, what, found);
        };
    problems.addAll(found);
    if (resolved == null && found.isEmpty()) {
      problems.add(
          what
              + ": cannot tell its join columns; declare fields: and references:, or one foreign key between "
              + source.name()
              + " and "
              + target.name());
    } else if (resolved != null && !columnsExist(resolved)) {
      problems.add(
          what + ": a join column does not exist in " + source.name() + " or " + target.name());
      return null;
    }
    return resolved;
  }

  /** The foreign key is on the source: fields are source columns. */
  private static @Nullable ResolvedRelation owning(Table source, Table target, Relation relation) {
    if (!relation.fields().isEmpty()) {
      if (!allIn(source, relation.fields())) {
        return null;
      }
      List<String> refs =
          relation.references().isEmpty() ? primaryKey(target) : relation.references();
      return ResolvedRelation.direct(relation, source, target, relation.fields(), refs);
    }
    ForeignKey fk = onlyKey(source, target.name());
    return fk == null
        ? null
        : ResolvedRelation.direct(relation, source, target, fk.columns(), referenced(fk, target));
  }

  /** The foreign key is on the target: fields are target columns. */
  private static @Nullable ResolvedRelation inverse(Table source, Table target, Relation relation) {
    if (!relation.fields().isEmpty()) {
      if (!allIn(target, relation.fields())) {
        return null;
      }
      List<String> refs =
          relation.references().isEmpty() ? primaryKey(source) : relation.references();
      return ResolvedRelation.direct(relation, source, target, refs, relation.fields());
    }
    ForeignKey fk = onlyKey(target, source.name());
    return fk == null
        ? null
        : ResolvedRelation.direct(relation, source, target, referenced(fk, source), fk.columns());
  }

  private @Nullable ResolvedRelation manyToMany(
      Table source, Table target, Relation relation, String what, List<String> problems) {
    Table through = relation.through() == null ? null : tables.get(relation.through());
    if (through == null) {
      problems.add(
          what + ": many-to-many needs a join model, and " + relation.through() + " is none");
      return null;
    }
    List<ForeignKey> toSource = keys(through, source.name());
    List<ForeignKey> toTarget = keys(through, target.name());
    ForeignKey sourceKey;
    ForeignKey targetKey;
    if (source.name().equals(target.name()) && toSource.size() == 2) {
      sourceKey = toSource.get(0);
      targetKey = toSource.get(1);
    } else if (toSource.size() == 1
        && toTarget.size() == 1
        && !source.name().equals(target.name())) {
      sourceKey = toSource.get(0);
      targetKey = toTarget.get(0);
    } else {
      problems.add(
          what
              + ": join model "
              + through.name()
              + " needs exactly one foreign key to "
              + source.name()
              + " and one to "
              + target.name());
      return null;
    }
    return new ResolvedRelation(
        relation,
        source,
        target,
        referenced(sourceKey, source),
        referenced(targetKey, target),
        through,
        sourceKey.columns(),
        targetKey.columns());
  }

  private static boolean keyOn(Table table, List<String> columns, QualifiedName to) {
    return !columns.isEmpty()
        && keys(table, to).stream().anyMatch(fk -> fk.columns().equals(columns));
  }

  private static @Nullable ResolvedRelation firstOf(
      @Nullable ResolvedRelation first, @Nullable ResolvedRelation second) {
    return first != null ? first : second;
  }

  private static @Nullable ForeignKey onlyKey(Table from, QualifiedName to) {
    List<ForeignKey> keys = keys(from, to);
    return keys.size() == 1 ? keys.get(0) : null;
  }

  private static List<ForeignKey> keys(Table from, QualifiedName to) {
    return from.foreignKeys().stream().filter(fk -> fk.referencedTable().equals(to)).toList();
  }

  private static List<String> referenced(ForeignKey fk, Table referencedTable) {
    return fk.referencedColumns().isEmpty() ? primaryKey(referencedTable) : fk.referencedColumns();
  }

  private static List<String> primaryKey(Table table) {
    return table.primaryKey() == null ? List.of() : table.primaryKey().columns();
  }

  private static boolean allIn(Table table, List<String> columns) {
    return columns.stream().allMatch(c -> table.column(c) != null);
  }

  private static boolean columnsExist(ResolvedRelation r) {
    boolean direct =
        !r.sourceColumns().isEmpty()
            && allIn(r.source(), r.sourceColumns())
            && allIn(r.target(), r.targetColumns())
            && (r.through() != null || r.sourceColumns().size() == r.targetColumns().size());
    return direct
        && (r.through() == null
            || (allIn(r.through(), r.throughSource())
                && allIn(r.through(), r.throughTarget())
                && r.throughSource().size() == r.sourceColumns().size()
                && r.throughTarget().size() == r.targetColumns().size()));
  }
}
