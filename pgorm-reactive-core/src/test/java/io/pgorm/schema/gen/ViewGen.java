package io.pgorm.schema.gen;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Views and materialized views. */
final class ViewGen {

  /** A view under construction. */
  static final class VB {
    QualifiedName name;
    String query;
    boolean materialized;
    boolean withNoData;
    Map<String, String> options = new LinkedHashMap<>();
    List<Index> indexes = new ArrayList<>();
    String comment;
    String javaName;
    String renamedFrom;
    List<Trigger> triggers = new ArrayList<>();
    Set<String> triggerNames = new HashSet<>();
    List<Attribute> columns = new ArrayList<>();
  }

  private final Random r;
  private final Features f;
  private final TypeGen types;
  private final Names2 names;
  private final TableGen tables;
  final List<VB> views = new ArrayList<>();

  ViewGen(Random r, Features f, TypeGen types, Names2 names, TableGen tables) {
    this.r = r;
    this.f = f;
    this.types = types;
    this.names = names;
    this.tables = tables;
  }

  void generate(List<String> schemas) {
    for (int i = r.nextInt(3); i > 0; i--) {
      String schema = Pools.pick(r, schemas);
      VB v = new VB();
      v.name = QualifiedName.of(schema, names.relation(schema, "v"));
      v.query = Pools.pick(r, Pools.QUERIES);
      v.materialized = r.nextBoolean();
      Set<String> used = new HashSet<>();
      List<Column> asColumns = new ArrayList<>();
      for (int c = r.nextInt(3); c > 0; c--) {
        Attribute a =
            new Attribute(
                Pools.name(r, "vc", used),
                types.any(),
                r.nextInt(5) == 0 ? "C" : null,
                Pools.chance(r, 0.2) ? Pools.comment(r) : null);
        v.columns.add(a);
        asColumns.add(Column.of(a.name(), a.type(), true));
        f.add("view column");
        if (a.comment() != null) {
          f.add("comment on view column");
        }
      }
      if (v.materialized) {
        f.add("materialized view");
        if (Pools.chance(r, 0.3)) {
          v.withNoData = true;
          f.add("materialized view with no data");
        }
        if (r.nextBoolean()) {
          v.options.put("fillfactor", "70");
        }
        for (int k = r.nextInt(3); k > 0; k--) {
          v.indexes.add(tables.index(v.name, asColumns));
          f.add("index on materialized view");
        }
      } else {
        f.add("view");
        if (r.nextBoolean()) {
          v.options.put("security_barrier", r.nextBoolean() ? "true" : "false");
        }
        if (r.nextBoolean()) {
          v.options.put("check_option", r.nextBoolean() ? "local" : "cascaded");
        }
      }
      if (Pools.chance(r, 0.3)) {
        v.comment = Pools.comment(r);
      }
      if (Pools.chance(r, 0.3)) {
        v.javaName = Pools.javaName(r);
      }
      if (Pools.chance(r, 0.2)) {
        v.renamedFrom = "old_view";
      }
      views.add(v);
    }
  }

  List<View> build() {
    List<View> out = new ArrayList<>();
    for (VB v : views) {
      out.add(
          new View(
              v.name,
              v.query,
              v.materialized,
              v.options,
              v.indexes,
              v.comment,
              v.javaName,
              v.renamedFrom,
              v.triggers,
              v.columns,
              v.withNoData));
    }
    return out;
  }
}
