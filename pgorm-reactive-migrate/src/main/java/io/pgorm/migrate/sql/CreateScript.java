package io.pgorm.migrate.sql;

import io.pgorm.migrate.internal.sql.DependencyOrder;
import io.pgorm.schema.changes.ChangeStreams;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The whole schema from an empty database, in an order PostgreSQL accepts: schemas, roles,
 * extensions, types (enums, then composites and domains by their dependencies), sequences, the
 * functions that tables may call, tables (parents before partitions), sequence ownership, foreign
 * keys, indexes, then views and the remaining functions by their dependencies (a materialized
 * view's indexes right after it), triggers, row-level security and policies, grants, comments.
 *
 * <p>Dependencies between views and functions are read from their text (a name mentioned in a query
 * or body); a routine whose signature or SQL body uses a table or view comes after the tables.
 * Expressions are written as they are in the IR, so they are read with the {@code search_path} of
 * the session that runs the script ({@code public} by default).
 */
public final class CreateScript {

  private CreateScript() {}

  /** The script as one text: statements separated by blank lines, each ending with {@code ;}. */
  public static String render(SchemaModel model) {
    StringBuilder b = new StringBuilder();
    for (String s : statements(model)) {
      b.append(s).append(";\n\n");
    }
    return b.toString();
  }

  /**
   * The statements, in order, without semicolons. Change streams ({@code @@notify}) are expanded
   * into their log table, capture function and triggers first ({@link ChangeStreams#expand}).
   */
  public static List<String> statements(SchemaModel declared) {
    SchemaModel model = ChangeStreams.expand(declared);
    List<String> out = new ArrayList<>();
    model.schemas().forEach(s -> out.add(SchemaDdl.createSchema(s)));
    model.roles().forEach(r -> out.add(SchemaDdl.createRole(r)));
    model.extensions().forEach(e -> out.add(SchemaDdl.createExtension(e)));
    model.enums().forEach(e -> out.add(TypeDdl.createEnum(e)));
    types(model, out);
    model.sequences().forEach(s -> out.add(SequenceDdl.createSequence(s)));

    Set<QualifiedName> relations = new HashSet<>();
    model.tables().forEach(t -> relations.add(t.name()));
    model.views().forEach(v -> relations.add(v.name()));
    List<Routine> early = new ArrayList<>();
    List<Object> late = new ArrayList<>();
    for (Routine r : model.routines()) {
      if (usesRelations(r, model)) {
        late.add(r);
      } else {
        early.add(r);
      }
    }
    DependencyOrder.sort(early, (a, b) -> mentions(text(a), b.name()))
        .forEach(r -> out.add(RoutineDdl.createRoutine(r)));

    List<Table> tables = tablesInOrder(model.tables());
    tables.forEach(t -> out.add(TableDdl.createTable(t)));
    for (Sequence s : model.sequences()) {
      String owned = SequenceDdl.ownedBy(s);
      if (owned != null) {
        out.add(owned);
      }
    }
    tables.forEach(t -> out.addAll(TableDdl.foreignKeys(t)));
    for (Table t : tables) {
      for (Index i : t.indexes()) {
        out.add(IndexDdl.createIndex(t.name(), i));
      }
    }

    late.addAll(model.views());
    for (Object o : DependencyOrder.sort(late, (a, b) -> mentions(text(a), name(b)))) {
      if (o instanceof View v) {
        out.add(ViewDdl.createView(v));
        v.indexes().forEach(i -> out.add(IndexDdl.createIndex(v.name(), i)));
      } else {
        out.add(RoutineDdl.createRoutine((Routine) o));
      }
    }

    for (Table t : tables) {
      for (Trigger tr : t.triggers()) {
        out.add(TriggerDdl.createTrigger(t.name(), tr));
      }
    }
    for (View v : model.views()) {
      for (Trigger tr : v.triggers()) {
        out.add(TriggerDdl.createTrigger(v.name(), tr));
      }
    }
    for (Table t : tables) {
      out.addAll(TableDdl.rowSecurity(t));
      for (Policy p : t.policies()) {
        out.add(PolicyDdl.createPolicy(t.name(), p));
      }
    }
    model.grants().forEach(g -> out.add(GrantDdl.grant(g)));

    model.schemas().forEach(s -> out.addAll(CommentDdl.schema(s, model.schemaComments().get(s))));
    model.extensions().forEach(e -> out.addAll(CommentDdl.of(e)));
    model.roles().forEach(r -> out.addAll(CommentDdl.of(r)));
    model.enums().forEach(e -> out.addAll(CommentDdl.of(e)));
    model.composites().forEach(c -> out.addAll(CommentDdl.of(c)));
    model.domains().forEach(d -> out.addAll(CommentDdl.of(d)));
    model.sequences().forEach(s -> out.addAll(CommentDdl.of(s)));
    tables.forEach(t -> out.addAll(CommentDdl.of(t)));
    model.views().forEach(v -> out.addAll(CommentDdl.of(v)));
    model.routines().forEach(r -> out.addAll(CommentDdl.of(r)));
    return out;
  }

  /** Composites and domains, each after the composites and domains it is made of. */
  private static void types(SchemaModel model, List<String> out) {
    List<Object> types = new ArrayList<>();
    types.addAll(model.composites());
    types.addAll(model.domains());
    for (Object o : DependencyOrder.sort(types, (a, b) -> typeRefs(a).contains(name(b)))) {
      out.add(
          o instanceof CompositeType c
              ? TypeDdl.createComposite(c)
              : TypeDdl.createDomain((Domain) o));
    }
  }

  private static List<QualifiedName> typeRefs(Object type) {
    List<TypeRef> refs = new ArrayList<>();
    if (type instanceof CompositeType c) {
      c.attributes().forEach(a -> refs.add(a.type()));
    } else {
      refs.add(((Domain) type).baseType());
    }
    List<QualifiedName> names = new ArrayList<>();
    for (TypeRef t : refs) {
      String schema = t.schema();
      if (schema != null) {
        names.add(QualifiedName.of(schema, t.name()));
      }
    }
    return names;
  }

  private static List<Table> tablesInOrder(List<Table> tables) {
    return DependencyOrder.sort(
        tables,
        (a, b) -> {
          PartitionOf of = a.partitionOf();
          return of != null && of.parent().equals(b.name());
        });
  }

  /** Whether the routine must wait for the tables: its types or its SQL body use one. */
  private static boolean usesRelations(Routine r, SchemaModel model) {
    List<TypeRef> types = new ArrayList<>();
    r.arguments().forEach(a -> types.add(a.type()));
    RoutineReturn ret = r.returns();
    if (ret != null) {
      TypeRef t = ret.type();
      if (t != null) {
        types.add(t);
      }
      ret.table().forEach(a -> types.add(a.type()));
    }
    for (TypeRef t : types) {
      String schema = t.schema();
      if (schema != null) {
        QualifiedName n = QualifiedName.of(schema, t.name());
        if (model.table(n).isPresent()
            || model.views().stream().anyMatch(v -> v.name().equals(n))) {
          return true;
        }
      }
    }
    if (!r.language().equals("sql")) {
      return false;
    }
    for (Table t : model.tables()) {
      if (DependencyOrder.mentions(r.body(), t.name().name())) {
        return true;
      }
    }
    for (View v : model.views()) {
      if (DependencyOrder.mentions(r.body(), v.name().name())) {
        return true;
      }
    }
    return false;
  }

  private static boolean mentions(String text, QualifiedName name) {
    return DependencyOrder.mentions(text, name.name());
  }

  private static String text(Object o) {
    if (o instanceof View v) {
      return v.query();
    }
    Routine r = (Routine) o;
    StringBuilder b = new StringBuilder(r.body());
    for (RoutineArg a : r.arguments()) {
      b.append(' ').append(a.type().name());
      String dflt = a.defaultExpression();
      if (dflt != null) {
        b.append(' ').append(dflt);
      }
    }
    RoutineReturn ret = r.returns();
    if (ret != null) {
      TypeRef t = ret.type();
      if (t != null) {
        b.append(' ').append(t.name());
      }
      for (Attribute a : ret.table()) {
        b.append(' ').append(a.type().name());
      }
    }
    return b.toString();
  }

  private static QualifiedName name(Object o) {
    if (o instanceof View v) {
      return v.name();
    }
    if (o instanceof Routine r) {
      return r.name();
    }
    if (o instanceof CompositeType c) {
      return c.name();
    }
    return ((Domain) o).name();
  }
}
