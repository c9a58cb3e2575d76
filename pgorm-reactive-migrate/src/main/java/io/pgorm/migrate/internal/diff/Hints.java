package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import java.util.List;

/**
 * A model without what lives only in schema files (rename hints, Java names, relations, managed
 * partition rules), so that objects compare equal when the database would hold the same.
 */
public final class Hints {

  private Hints() {}

  public static SchemaModel strip(SchemaModel m) {
    return new SchemaModel(
        m.schemas(),
        m.extensions(),
        m.roles(),
        m.enums().stream().map(e -> e.withHints(null, null)).toList(),
        m.composites().stream().map(c -> c.withHints(null, null)).toList(),
        m.domains().stream()
            .map(d -> d.withChecks(ConstraintHints.checks(d.checks(), n -> null)))
            .map(d -> d.withRenamedFrom(null))
            .toList(),
        m.sequences().stream().map(s -> s.withRenamedFrom(null)).toList(),
        m.tables().stream().map(Hints::table).toList(),
        m.views().stream()
            .map(v -> v.withIndexes(indexes(v.indexes())).withHints(null, null))
            .toList(),
        m.routines(),
        m.grants(),
        m.schemaComments());
  }

  static Table table(Table t) {
    return ConstraintHints.with(t, n -> null)
        .withColumns(t.columns().stream().map(Hints::column).toList())
        .withIndexes(indexes(t.indexes()))
        .withHints(null, List.of(), null, null);
  }

  static Column column(Column c) {
    return c.withHints(null, null);
  }

  private static List<Index> indexes(List<Index> indexes) {
    return indexes.stream().map(Hints::index).toList();
  }

  static Index index(Index i) {
    return i.withRenamedFrom(null);
  }
}
