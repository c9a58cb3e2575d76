package io.pgorm.schema.internal.lower;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Trigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A view being lowered. */
final class ViewDraft {

  final QualifiedName name;
  final Ctx ctx;
  final boolean materialized;
  final String query;
  final List<Attribute> columns = new ArrayList<>();
  final Map<String, String> options = new LinkedHashMap<>();
  final List<Pending<Index>> indexes = new ArrayList<>();
  final List<Trigger> triggers = new ArrayList<>();
  @Nullable String comment;
  @Nullable String javaName;
  @Nullable String renamedFrom;
  boolean withNoData;

  ViewDraft(QualifiedName name, Ctx ctx, boolean materialized, String query) {
    this.name = name;
    this.ctx = ctx;
    this.materialized = materialized;
    this.query = query;
  }

  String display() {
    return (materialized ? "materialized view '" : "view '") + Symbols.display(name) + "'";
  }

  List<String> columnNames() {
    List<String> out = new ArrayList<>();
    columns.forEach(c -> out.add(c.name()));
    return out;
  }
}
