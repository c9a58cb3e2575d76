package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.util.List;
import java.util.Map;

/**
 * The source of a diff with {@code renamedFrom} hints that point at the target's names, so that
 * diffing the other way renames back.
 */
final class ReverseHints {

  private ReverseHints() {}

  static SchemaModel apply(SchemaModel m, RenameSet r) {
    return new SchemaModel(
        m.schemas(),
        m.extensions(),
        m.roles(),
        m.enums().stream().map(e -> e.withHints(e.javaName(), r.types.get(e.name()))).toList(),
        m.composites().stream().map(c -> c.withHints(c.javaName(), r.types.get(c.name()))).toList(),
        m.domains().stream().map(d -> d.withRenamedFrom(r.types.get(d.name()))).toList(),
        m.sequences().stream().map(s -> s.withRenamedFrom(r.sequences.get(s.name()))).toList(),
        m.tables().stream().map(t -> table(t, r)).toList(),
        m.views().stream()
            .map(
                v ->
                    v.withIndexes(indexes(v.name(), v.indexes(), r))
                        .withHints(v.javaName(), r.relations.get(v.name())))
            .toList(),
        m.routines(),
        m.grants(),
        m.schemaComments());
  }

  private static Table table(Table t, RenameSet r) {
    QualifiedName n = t.name();
    Map<String, String> cols = r.columns.getOrDefault(n, Map.of());
    return ConstraintHints.with(t, r.constraints.getOrDefault(n, Map.of())::get)
        .withColumns(t.columns().stream().map(c -> c.withRenamedFrom(cols.get(c.name()))).toList())
        .withIndexes(indexes(n, t.indexes(), r))
        .withHints(t.managedPartitions(), t.relations(), t.javaName(), r.relations.get(n));
  }

  private static List<Index> indexes(QualifiedName relation, List<Index> indexes, RenameSet r) {
    return indexes.stream()
        .map(i -> i.withRenamedFrom(r.indexes.get(QualifiedName.of(relation.schema(), i.name()))))
        .toList();
  }
}
