package io.pgorm.schema.internal.lower;

import io.pgorm.schema.internal.Reporter;
import io.pgorm.schema.internal.Source;
import io.pgorm.schema.internal.ast.CompositeDecl;
import io.pgorm.schema.internal.ast.Decl;
import io.pgorm.schema.internal.ast.DomainDecl;
import io.pgorm.schema.internal.ast.EnumDecl;
import io.pgorm.schema.internal.ast.ExtensionDecl;
import io.pgorm.schema.internal.ast.GrantDecl;
import io.pgorm.schema.internal.ast.Ident;
import io.pgorm.schema.internal.ast.ModelDecl;
import io.pgorm.schema.internal.ast.PartitionDecl;
import io.pgorm.schema.internal.ast.QName;
import io.pgorm.schema.internal.ast.RoleDecl;
import io.pgorm.schema.internal.ast.RoutineDecl;
import io.pgorm.schema.internal.ast.SchemaFile;
import io.pgorm.schema.internal.ast.SequenceDecl;
import io.pgorm.schema.internal.ast.TriggerDecl;
import io.pgorm.schema.internal.ast.ViewDecl;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Lowers the syntax trees of one or more files to one {@link SchemaModel}: collects declarations,
 * resolves names and types, builds the IR, chooses default names and validates. Problems go to the
 * reporter; the returned model is only meaningful when none were reported.
 */
public final class Lowering {

  /** A parsed file. */
  public record Parsed(Source source, SchemaFile file) {}

  final Reporter reporter;
  final Symbols symbols;
  TypeResolver types;
  private final Map<Source, Ctx> ctxs = new HashMap<>();
  private final Map<QualifiedName, EnumType> enums = new LinkedHashMap<>();
  final Map<QualifiedName, TableDraft> tables = new LinkedHashMap<>();
  final Map<QualifiedName, ViewDraft> views = new LinkedHashMap<>();
  final List<Routine> routines = new ArrayList<>();
  final List<Located<RoutineDecl>> routineDecls = new ArrayList<>();
  final java.util.IdentityHashMap<Pending<?>, String> names = new java.util.IdentityHashMap<>();
  final Map<String, RoleDecl> roles = new LinkedHashMap<>();
  final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
  final List<Sequence> sequences = new ArrayList<>();

  private Lowering(Reporter reporter) {
    this.reporter = reporter;
    this.symbols = new Symbols(this);
    this.types = new TypeResolver(symbols, Map.of());
  }

  public static SchemaModel lower(List<Parsed> files, Reporter reporter) {
    return new Lowering(reporter).run(files);
  }

  Ctx ctx(Source source) {
    return ctxs.computeIfAbsent(source, s -> new Ctx(reporter, s));
  }

  private SchemaModel run(List<Parsed> files) {
    for (Parsed p : files) {
      symbols.collect(p.source(), p.file().decls(), null);
    }
    symbols.checkSchemas();
    List<Extension> extensions = extensions();
    List<Role> roleList = roles();
    Map<String, String> extensionSchemas = new HashMap<>();
    extensions.forEach(
        e -> extensionSchemas.put(e.name(), e.schema() == null ? Symbols.PUBLIC : e.schema()));
    types = new TypeResolver(symbols, extensionSchemas);
    TypeLowering typeLowering = new TypeLowering(this);
    List<EnumType> enumList = new ArrayList<>();
    for (Located<EnumDecl> l : symbols.enums) {
      EnumType e = typeLowering.enumType(l);
      enums.put(e.name(), e);
      enumList.add(e);
    }
    List<CompositeType> composites = new ArrayList<>();
    for (Located<CompositeDecl> l : symbols.composites) {
      composites.add(typeLowering.composite(l));
    }
    for (Located<DomainDecl> l : symbols.domains) {
      Domain d = typeLowering.domain(l);
      if (d != null) {
        domains.put(d.name(), d);
      }
    }
    TableLowering tableLowering = new TableLowering(this);
    for (Located<? extends Decl> l : symbols.tables) {
      if (l.decl() instanceof ModelDecl m) {
        tables.put(l.name(), tableLowering.model(new Located<>(m, l.source(), l.name())));
      } else if (l.decl() instanceof PartitionDecl p) {
        tables.put(l.name(), tableLowering.partition(new Located<>(p, l.source(), l.name())));
      }
    }
    ViewLowering viewLowering = new ViewLowering(this);
    for (Located<ViewDecl> l : symbols.views) {
      views.put(l.name(), viewLowering.view(l));
    }
    new RelationLowering(this, tables).lower();
    ObjectLowering objects = new ObjectLowering(this);
    for (Located<SequenceDecl> l : symbols.sequences) {
      Sequence s = objects.sequence(l);
      if (s != null) {
        sequences.add(s);
      }
    }
    RoutineLowering routineLowering = new RoutineLowering(this);
    for (Located<RoutineDecl> l : symbols.routines) {
      Routine r = routineLowering.routine(l);
      if (r != null) {
        routines.add(r);
        routineDecls.add(l);
      }
    }
    new Signatures(this).check();
    for (Located<TriggerDecl> l : symbols.triggers) {
      attachTrigger(l);
    }
    List<Grant> grants = new ArrayList<>();
    for (Located<GrantDecl> l : symbols.grants) {
      grants.addAll(objects.grant(l));
    }
    new Naming(this).assign();
    new Validation(this).check();
    List<String> schemaNames = new ArrayList<>(symbols.schemas.keySet());
    schemaNames.remove(Symbols.PUBLIC);
    return new SchemaModel(
        schemaNames,
        extensions,
        roleList,
        enumList,
        composites,
        new ArrayList<>(domains.values()),
        sequences,
        Build.tables(tables.values(), names),
        Build.views(views.values(), names),
        routines,
        grants,
        symbols.schemaDocs);
  }

  private List<Extension> extensions() {
    List<Extension> out = new ArrayList<>();
    Map<String, Located<ExtensionDecl>> seen = new HashMap<>();
    for (Located<ExtensionDecl> l : symbols.extensions) {
      ExtensionDecl e = l.decl();
      String name = e.name().text();
      Located<ExtensionDecl> previous = seen.putIfAbsent(name, l);
      if (previous != null) {
        ctx(l.source())
            .error(
                e.name().pos(),
                "extension '"
                    + name
                    + "' is declared twice (first at "
                    + Symbols.where(previous)
                    + ")");
        continue;
      }
      String schema = e.schema() == null ? null : e.schema().text();
      if (schema != null
          && !schema.equals(Symbols.PUBLIC)
          && !symbols.schemas.containsKey(schema)) {
        ctx(l.source())
            .error(
                e.schema().pos(),
                "unknown schema '" + schema + "': declare it with 'schema " + schema + "'");
      }
      out.add(new Extension(name, schema, e.version(), e.doc()));
    }
    return out;
  }

  private List<Role> roles() {
    List<Role> out = new ArrayList<>();
    for (Located<RoleDecl> l : symbols.roles) {
      RoleDecl r = l.decl();
      String name = r.name().text();
      if (TableAttributes.PSEUDO_ROLES.contains(name)) {
        ctx(l.source())
            .error(r.name().pos(), "'" + name + "' is not a role to declare: every cluster has it");
      } else if (roles.putIfAbsent(name, r) != null) {
        ctx(l.source()).error(r.name().pos(), "role '" + name + "' is declared twice");
      } else {
        out.add(new Role(name, r.doc()));
      }
    }
    return out;
  }

  private void attachTrigger(Located<TriggerDecl> l) {
    TriggerDecl t = l.decl();
    Ctx ctx = ctx(l.source());
    Located<? extends Decl> target = Symbols.resolve(symbols.relations, t.table(), l.schema());
    if (target == null || target.decl() instanceof SequenceDecl) {
      ctx.error(
          t.table().pos(),
          "unknown table '"
              + t.table()
              + "' for trigger '"
              + t.name().text()
              + "'"
              + Suggest.didYouMean(t.table().last().text(), relationNames()));
      return;
    }
    QualifiedName fn = routineName(t.function(), l.schema());
    // PostgreSQL finds a trigger function by its name and an empty argument list.
    Routine function = null;
    for (Routine r : routines) {
      if (r.name().equals(fn) && (function == null || r.arguments().isEmpty())) {
        function = r;
      }
    }
    if (function == null && !routineDeclared(fn)) {
      List<String> names = new ArrayList<>();
      routines.forEach(r -> names.add(r.name().name()));
      ctx.error(
          t.function().pos(),
          "unknown function '"
              + t.function()
              + "' for trigger '"
              + t.name().text()
              + "'"
              + Suggest.didYouMean(t.function().last().text(), names));
      return;
    }
    ViewDraft view = views.get(target.name());
    TableDraft table = tables.get(target.name());
    List<String> columns =
        view != null
            ? view.columnNames()
            : table == null ? List.of() : new ArrayList<>(table.columnPos.keySet());
    String display = view != null ? view.display() : table == null ? "?" : table.display();
    boolean onView = view != null;
    if (onView && view.materialized) {
      ctx.error(t.table().pos(), "a materialized view cannot have triggers");
      return;
    }
    QualifiedName from = null;
    if (t.from() != null) {
      Located<? extends Decl> ref = Symbols.resolve(symbols.relations, t.from(), l.schema());
      if (ref == null || ref.decl() instanceof SequenceDecl) {
        ctx.error(
            t.from().pos(),
            "unknown table '"
                + t.from()
                + "' after 'from' of trigger '"
                + t.name().text()
                + "'"
                + Suggest.didYouMean(t.from().last().text(), relationNames()));
        return;
      }
      from = ref.name();
    }
    var trigger = TriggerLowering.trigger(t, ctx, onView, columns, display, fn, function, from);
    if (trigger == null) {
      return;
    }
    List<io.pgorm.schema.ir.Trigger> list =
        onView ? view.triggers : table == null ? new ArrayList<>() : table.triggers;
    for (var other : list) {
      if (other.name().equals(trigger.name())) {
        ctx.error(t.name().pos(), "duplicate trigger '" + trigger.name() + "' on " + display);
        return;
      }
    }
    list.add(trigger);
  }

  private boolean routineDeclared(QualifiedName fn) {
    for (Located<RoutineDecl> l : symbols.routines) {
      if (l.name().equals(fn)) {
        return true;
      }
    }
    return false;
  }

  /** A routine reference resolved like other names (its own schema, then public). */
  QualifiedName routineName(QName ref, String schema) {
    List<Ident> parts = ref.parts();
    if (parts.size() == 2) {
      return QualifiedName.of(parts.get(0).text(), parts.get(1).text());
    }
    QualifiedName own = QualifiedName.of(schema, ref.last().text());
    if (routineDeclared(own)) {
      return own;
    }
    return QualifiedName.of(Symbols.PUBLIC, ref.last().text());
  }

  private List<String> relationNames() {
    List<String> out = new ArrayList<>();
    symbols.relations.keySet().forEach(q -> out.add(q.name()));
    return out;
  }

  /** A model reference (not a partition, view or sequence), or null after an error. */
  @Nullable QualifiedName modelName(QName ref, String schema, Ctx ctx) {
    Located<? extends Decl> l = Symbols.resolve(symbols.relations, ref, schema);
    if (l == null || !(l.decl() instanceof ModelDecl)) {
      List<String> models = new ArrayList<>();
      symbols.models.forEach(m -> models.add(m.name().name()));
      String what =
          l == null
              ? "unknown model '" + ref + "'"
              : "'" + ref + "' is a " + describe(l.decl()) + ", not a model";
      ctx.error(ref.pos(), what + (l == null ? Suggest.didYouMean(ref.last().text(), models) : ""));
      return null;
    }
    return l.name();
  }

  /** A model or partition reference, or null after an error. */
  @Nullable QualifiedName tableName(QName ref, String schema, Ctx ctx) {
    Located<? extends Decl> l = Symbols.resolve(symbols.relations, ref, schema);
    if (l != null && l.decl() instanceof PartitionDecl) {
      return l.name();
    }
    return modelName(ref, schema, ctx);
  }

  @Nullable EnumType enumType(QualifiedName name) {
    return enums.get(name);
  }

  /** {@code owned by table.column}: the table must be in the sequence's schema. */
  @Nullable String ownedBy(QName owner, Located<SequenceDecl> l, Ctx ctx) {
    List<Ident> parts = owner.parts();
    if (parts.size() == 3 && !parts.get(0).text().equals(l.schema())) {
      ctx.error(
          owner.pos(),
          "a sequence and the table that owns it are in one schema; '"
              + owner
              + "' is not in schema '"
              + l.schema()
              + "'");
      return null;
    }
    if (parts.size() < 2) {
      ctx.error(owner.pos(), "expected table.column after 'owned by', found '" + owner + "'");
      return null;
    }
    return parts.get(parts.size() - 2).text() + "." + parts.get(parts.size() - 1).text();
  }

  void checkRole(Ident role, Ctx ctx) {
    String name = role.text();
    if (!TableAttributes.PSEUDO_ROLES.contains(name) && !roles.containsKey(name)) {
      ctx.error(
          role.pos(),
          "unknown role '"
              + name
              + "': declare it with 'role "
              + name
              + "'"
              + Suggest.didYouMean(name, roles.keySet()));
    }
  }

  /** The object of a grant, or null after an error. */
  @Nullable QualifiedName grantObject(GrantDecl g, String schema, Ctx ctx) {
    return new GrantObjects(this).resolve(g, schema, ctx);
  }

  static String describe(Decl d) {
    if (d instanceof ModelDecl) {
      return "model";
    } else if (d instanceof PartitionDecl) {
      return "partition";
    } else if (d instanceof ViewDecl v) {
      return v.materialized() ? "materialized view" : "view";
    } else if (d instanceof SequenceDecl) {
      return "sequence";
    } else if (d instanceof EnumDecl) {
      return "enum";
    } else if (d instanceof CompositeDecl) {
      return "type";
    } else if (d instanceof DomainDecl) {
      return "domain";
    }
    return "declaration";
  }
}
