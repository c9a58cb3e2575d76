package io.pgorm.migrate.internal.diff;

import io.pgorm.schema.ir.QualifiedName;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The renames a target declares ({@code renamedFrom}) that apply to the source: old name to new
 * name, per kind. Tables and columns are keyed by their old names.
 */
public final class RenameSet {

  /** Tables and views: old qualified name to new name (same schema). */
  final Map<QualifiedName, String> relations = new LinkedHashMap<>();

  /** Enums, composites and domains. */
  final Map<QualifiedName, String> types = new LinkedHashMap<>();

  final Map<QualifiedName, String> sequences = new LinkedHashMap<>();

  /** Per table (old name): old column name to new. */
  final Map<QualifiedName, Map<String, String>> columns = new LinkedHashMap<>();

  /** Per table (old name): old constraint name to new. */
  final Map<QualifiedName, Map<String, String>> constraints = new LinkedHashMap<>();

  /** Indexes: schema and old name to new name. */
  final Map<QualifiedName, String> indexes = new LinkedHashMap<>();

  boolean isEmpty() {
    return relations.isEmpty()
        && types.isEmpty()
        && sequences.isEmpty()
        && columns.isEmpty()
        && constraints.isEmpty()
        && indexes.isEmpty();
  }

  /** The new name of a relation (its old name when not renamed). */
  QualifiedName relation(QualifiedName old) {
    String n = relations.get(old);
    return n == null ? old : QualifiedName.of(old.schema(), n);
  }

  /** The new name of a column of the table of that old name. */
  String column(QualifiedName oldTable, String old) {
    String n = columns.getOrDefault(oldTable, Map.of()).get(old);
    return n == null ? old : n;
  }

  String constraint(QualifiedName oldTable, String old) {
    String n = constraints.getOrDefault(oldTable, Map.of()).get(old);
    return n == null ? old : n;
  }

  QualifiedName type(QualifiedName old) {
    String n = types.get(old);
    return n == null ? old : QualifiedName.of(old.schema(), n);
  }

  String sequence(QualifiedName old) {
    String n = sequences.get(old);
    return n == null ? old.name() : n;
  }

  String index(String schema, String old) {
    String n = indexes.get(QualifiedName.of(schema, old));
    return n == null ? old : n;
  }
}
