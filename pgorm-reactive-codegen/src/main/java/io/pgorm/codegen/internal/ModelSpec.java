package io.pgorm.codegen.internal;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What gets a record and a metamodel: a table that is no partition, or a view that declares its
 * columns (a view's columns are nullable: PostgreSQL does not track it; its metamodel is
 * read-only).
 *
 * @param kind {@code table}, {@code view} or {@code materialized view}, for javadoc
 * @param table the table, or {@code null} for a view
 */
record ModelSpec(
    QualifiedName name,
    String kind,
    List<Column> columns,
    List<String> primaryKey,
    @Nullable String comment,
    @Nullable String javaName,
    @Nullable Table table) {

  /** The models of a schema: its tables, then its views, in declaration order. */
  static List<ModelSpec> of(SchemaModel model) {
    List<ModelSpec> models = new ArrayList<>();
    for (Table t : model.tables()) {
      if (t.partitionOf() == null) {
        List<String> key = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        models.add(
            new ModelSpec(t.name(), "table", t.columns(), key, t.comment(), t.javaName(), t));
      }
    }
    for (View v : model.views()) {
      if (!v.columns().isEmpty()) {
        List<Column> columns = new ArrayList<>();
        for (Attribute a : v.columns()) {
          columns.add(Column.of(a.name(), a.type(), true).withComment(a.comment()));
        }
        String kind = v.materialized() ? "materialized view" : "view";
        models.add(
            new ModelSpec(v.name(), kind, columns, List.of(), v.comment(), v.javaName(), null));
      }
    }
    return models;
  }

  /** Whether this is a view or materialized view, which code does not write to. */
  boolean readOnly() {
    return table == null;
  }

  /** The metamodel class's suffix. */
  String metamodelSuffix() {
    return readOnly() ? "View" : "Table";
  }
}
