package io.pgorm.migrate.internal.introspect;

import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Builds the IR from the catalog rows. Lists come in the order of the queries: by schema and name
 * (routines then by argument types; columns by position; a table's constraints, indexes, triggers
 * and policies by name), so that two reads of one database are equal.
 */
final class ModelAssembler {

  private final Catalog c;
  private final Map<Long, List<ColumnRow>> columns;
  private final Map<Long, List<ConstraintRow>> tableConstraints;
  private final Map<Long, List<ConstraintRow>> domainConstraints;
  private final Map<Long, IndexRow> indexesByOid;
  private final Map<Long, List<IndexRow>> indexes;
  private final Map<Long, List<TriggerRow>> triggers;
  private final Map<Long, List<PolicyRow>> policies;
  private final Map<Long, SequenceRow> sequences;
  private final Set<Long> serialSequences = new HashSet<>();

  private ModelAssembler(Catalog c) {
    this.c = c;
    this.columns = group(c.columns(), ColumnRow::relation);
    this.tableConstraints =
        group(
            c.constraints().stream().filter(r -> r.relation() != 0).toList(),
            ConstraintRow::relation);
    this.domainConstraints =
        group(
            c.constraints().stream().filter(r -> r.domain() != 0).toList(), ConstraintRow::domain);
    this.indexesByOid = new HashMap<>();
    c.indexes().forEach(i -> indexesByOid.put(i.oid(), i));
    this.indexes = group(c.indexes(), IndexRow::relation);
    this.triggers = group(c.triggers(), TriggerRow::relation);
    this.policies = group(c.policies(), PolicyRow::relation);
    this.sequences = new HashMap<>();
    c.sequences().forEach(s -> sequences.put(s.oid(), s));
  }

  static SchemaModel assemble(Catalog catalog) {
    return new ModelAssembler(catalog).model();
  }

  private SchemaModel model() {
    List<Table> tables = new ArrayList<>();
    List<View> views = new ArrayList<>();
    for (RelationRow r : c.relations()) {
      if (r.isView()) {
        views.add(view(r));
      } else {
        tables.add(table(r));
      }
    }
    List<EnumType> enums = new ArrayList<>();
    List<CompositeType> composites = new ArrayList<>();
    List<Domain> domains = new ArrayList<>();
    types(enums, composites, domains);
    List<Grant> grants = Grants.of(c.grants());
    return new SchemaModel(
        c.schemas().stream().map(SchemaRow::name).toList(),
        c.extensions().stream()
            .map(e -> new Extension(e.name(), e.schema(), e.version(), e.comment()))
            .toList(),
        roles(tables, grants),
        enums,
        composites,
        domains,
        sequences(),
        tables,
        views,
        routines(),
        grants,
        schemaComments());
  }

  private Map<String, String> schemaComments() {
    Map<String, String> out = new HashMap<>();
    for (SchemaRow s : c.schemas()) {
      if (s.comment() != null) {
        out.put(s.name(), s.comment());
      }
    }
    return out;
  }

  private Table table(RelationRow r) {
    boolean partition = r.parentName() != null;
    QualifiedName name = QualifiedName.of(r.schema(), r.name());
    List<Column> cols = new ArrayList<>();
    if (!partition) {
      for (ColumnRow row : columns.getOrDefault(r.oid(), List.of())) {
        cols.add(Columns.of(row, r.name(), sequences, serialSequences));
      }
    }
    Constraints cons =
        Constraints.of(tableConstraints.getOrDefault(r.oid(), List.of()), indexesByOid, partition);
    String parentSchema = r.parentSchema();
    String parentName = r.parentName();
    String bound = r.partitionBound();
    PartitionOf of =
        parentSchema == null || parentName == null || bound == null
            ? null
            : new PartitionOf(QualifiedName.of(parentSchema, parentName), bound);
    return new Table(
        name,
        cols,
        cons.primaryKey,
        cons.uniques,
        cons.checks,
        cons.foreignKeys,
        cons.exclusions,
        ownIndexes(r.oid()),
        triggers.getOrDefault(r.oid(), List.of()).stream().map(Triggers::of).toList(),
        new RowSecurity(r.rowSecurity(), r.rowSecurityForced()),
        policies.getOrDefault(r.oid(), List.of()).stream().map(ModelAssembler::policy).toList(),
        Partitions.of(r.partitionKey()),
        of,
        null,
        r.unlogged(),
        List.of(),
        null,
        r.comment(),
        null,
        null,
        Indexes.keyValues(r.options()));
  }

  /** Indexes made for themselves: not those behind a constraint, not a partition's copies. */
  private List<Index> ownIndexes(long relation) {
    List<Index> out = new ArrayList<>();
    for (IndexRow i : indexes.getOrDefault(relation, List.of())) {
      if (!i.backsConstraint() && !i.inherited()) {
        out.add(Indexes.of(i));
      }
    }
    return out;
  }

  private View view(RelationRow r) {
    String query = r.query() == null ? "" : r.query().strip();
    if (query.endsWith(";")) {
      query = query.substring(0, query.length() - 1).strip();
    }
    boolean materialized = r.kind().equals("m");
    return new View(
        QualifiedName.of(r.schema(), r.name()),
        query,
        materialized,
        Indexes.keyValues(r.options()),
        materialized ? ownIndexes(r.oid()) : List.of(),
        r.comment(),
        null,
        null,
        triggers.getOrDefault(r.oid(), List.of()).stream().map(Triggers::of).toList(),
        columns.getOrDefault(r.oid(), List.of()).stream()
            .map(a -> new Attribute(a.name(), a.type(), a.collation(), a.comment()))
            .toList(),
        materialized && !r.populated());
  }

  private static Policy policy(PolicyRow p) {
    return new Policy(
        p.name(),
        switch (p.command()) {
          case "r" -> PolicyCommand.SELECT;
          case "a" -> PolicyCommand.INSERT;
          case "w" -> PolicyCommand.UPDATE;
          case "d" -> PolicyCommand.DELETE;
          default -> PolicyCommand.ALL;
        },
        p.permissive(),
        p.roles(),
        p.using(),
        p.withCheck(),
        p.comment());
  }

  private void types(List<EnumType> enums, List<CompositeType> composites, List<Domain> domains) {
    for (TypeRow t : c.types()) {
      QualifiedName name = QualifiedName.of(t.schema(), t.name());
      switch (t.kind()) {
        case "e" -> enums.add(new EnumType(name, t.labels(), t.comment(), null, null));
        case "c" ->
            composites.add(
                new CompositeType(
                    name,
                    columns.getOrDefault(t.relation(), List.of()).stream()
                        .map(a -> new Attribute(a.name(), a.type(), a.collation(), a.comment()))
                        .toList(),
                    t.comment(),
                    null,
                    null));
        default -> {
          TypeRef base = t.baseType();
          if (base != null) {
            domains.add(
                new Domain(
                    name,
                    base,
                    t.notNull(),
                    t.defaultExpression(),
                    t.collation(),
                    domainConstraints.getOrDefault(t.oid(), List.of()).stream()
                        .filter(k -> k.kind().equals("c"))
                        .map(Constraints::check)
                        .toList(),
                    t.comment(),
                    null));
          }
        }
      }
    }
  }

  /** Sequences on their own: not an identity column's, not a serial column's. */
  private List<Sequence> sequences() {
    List<Sequence> out = new ArrayList<>();
    for (SequenceRow s : c.sequences()) {
      if (s.ownerKind().equals("i") || serialSequences.contains(s.oid())) {
        continue;
      }
      out.add(
          new Sequence(
              QualifiedName.of(s.schema(), s.name()),
              s.type().equals("bigint") ? null : TypeRef.builtin(s.type()),
              SequenceDefaults.options(s, s.type()),
              s.ownerTable() == null ? null : s.ownerTable() + "." + s.ownerColumn(),
              s.comment(),
              null));
    }
    return out;
  }

  private List<Routine> routines() {
    Map<Long, List<TypeRef>> args = new HashMap<>();
    for (RoutineArgRow a : c.routineArgs()) {
      args.computeIfAbsent(a.routine(), k -> new ArrayList<>()).add(a.type());
    }
    return c.routines().stream()
        .map(r -> Routines.of(r, args.getOrDefault(r.oid(), List.of())))
        .toList();
  }

  /** The roles that policies and grants name (not PUBLIC, not the predefined pg_ roles). */
  private List<Role> roles(List<Table> tables, List<Grant> grants) {
    Set<String> named = new LinkedHashSet<>();
    tables.forEach(t -> t.policies().forEach(p -> named.addAll(p.roles())));
    grants.forEach(g -> named.add(g.grantee()));
    return c.roles().stream()
        .filter(r -> named.contains(r.name()))
        .map(r -> new Role(r.name(), r.comment()))
        .toList();
  }

  private static <T> Map<Long, List<T>> group(List<T> rows, Function<T, Long> key) {
    Map<Long, List<T>> out = new HashMap<>();
    for (T row : rows) {
      out.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row);
    }
    return out;
  }
}
