package io.pgorm.schema.gen;

import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.TypeRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A random, valid schema IR in the form lowering produces (trimmed SQL, PostgreSQL's default names
 * or explicit ones, keys of partitioned tables covering the partition key, ...), recording the
 * constructs it used.
 */
public final class IrGenerator {

  private final Random r;
  private final Features f = new Features();

  public IrGenerator(long seed) {
    this.r = new Random(seed);
  }

  public Features features() {
    return f;
  }

  public SchemaModel generate() {
    Names2 names = new Names2(r, f);
    List<String> schemas = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      Set<String> taken = new HashSet<>(List.of("public"));
      taken.addAll(schemas);
      schemas.add(Pools.name(r, "s", taken));
      f.add("schema");
    }
    List<String> all = new ArrayList<>(schemas);
    all.add(0, "public");
    List<Extension> extensions = new ArrayList<>();
    Map<String, String> extensionSchemas = new LinkedHashMap<>();
    for (String e : List.of("citext", "vector", "hstore", "postgis", "pg_trgm", "uuid-ossp")) {
      if (r.nextInt(3) == 0) {
        String schema = r.nextInt(3) == 0 ? Pools.pick(r, all) : null;
        String version = r.nextInt(4) == 0 ? "1." + r.nextInt(9) : null;
        extensions.add(
            new Extension(e, schema, version, Pools.chance(r, 0.2) ? Pools.comment(r) : null));
        extensionSchemas.put(e, schema == null ? "public" : schema);
        f.add("extension");
      }
    }
    List<Role> roles = new ArrayList<>();
    List<String> roleNames = new ArrayList<>();
    Set<String> roleSet =
        new HashSet<>(List.of("public", "current_user", "current_role", "session_user"));
    for (int i = r.nextInt(3); i > 0; i--) {
      String n = Pools.name(r, "role", roleSet);
      roles.add(new Role(n, Pools.chance(r, 0.3) ? Pools.comment(r) : null));
      roleNames.add(n);
      f.add("role");
    }
    TypeGen types = new TypeGen(r, f, extensionSchemas);
    List<EnumType> enums = new ArrayList<>();
    List<CompositeType> composites = new ArrayList<>();
    List<Domain> domains = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      enums.add(enumType(Pools.pick(r, all), names, types));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      composites.add(composite(Pools.pick(r, all), names, types));
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      domains.add(domain(Pools.pick(r, all), names, types));
    }
    RoutineGen routines = new RoutineGen(r, f, types);
    routines.generate(all);
    TableGen tables = new TableGen(r, f, types, names, roleNames);
    PartitionGen partitions = new PartitionGen(r, f, names, tables);
    List<TB> models = new ArrayList<>();
    for (int i = 1 + r.nextInt(5); i > 0; i--) {
      if (r.nextInt(4) == 0) {
        partitions.partitioned(Pools.pick(r, all));
      } else {
        TB t = tables.model(Pools.pick(r, all));
        models.add(t);
        if (!models.isEmpty() && r.nextBoolean()) {
          tables.foreignKey(t, Pools.pick(r, models));
        }
      }
    }
    if (models.size() >= 2 && r.nextInt(3) == 0) {
      tables.manyToMany(models.get(0), models.get(1));
    }
    ViewGen views = new ViewGen(r, f, types, names, tables);
    views.generate(all);
    new TriggerGen(r, f, routines.triggerFunctions()).generate(tables.tables, views.views);
    List<Sequence> sequences = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      sequences.add(sequence(Pools.pick(r, all), names, tables, models));
    }
    List<Table> built = new ArrayList<>();
    tables.tables.forEach(t -> built.add(t.build()));
    java.util.Map<String, String> schemaComments = new java.util.HashMap<>();
    for (String s : schemas) {
      if (Pools.chance(r, 0.3)) {
        schemaComments.put(s, Pools.comment(r));
        f.add("comment on schema");
      }
    }
    SchemaModel partial =
        new SchemaModel(
            schemas,
            extensions,
            roles,
            enums,
            composites,
            domains,
            sequences,
            built,
            views.build(),
            routines.routines,
            List.of(),
            schemaComments);
    return new SchemaModel(
        schemas,
        extensions,
        roles,
        enums,
        composites,
        domains,
        sequences,
        built,
        views.build(),
        routines.routines,
        new GrantGen(r, f, roleNames).generate(partial),
        schemaComments);
  }

  private EnumType enumType(String schema, Names2 names, TypeGen types) {
    String name = names.relation(schema, "e");
    Set<String> labels = new java.util.LinkedHashSet<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      labels.add(
          Pools.pick(
              r,
              List.of("a", "b", "In Progress", "it's", "done", "select", "x-y", "Ü", "@@", "1st")));
    }
    types.userTypes.add(QualifiedName.of(schema, name));
    f.add("enum");
    return new EnumType(
        QualifiedName.of(schema, name),
        new ArrayList<>(labels),
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        Pools.chance(r, 0.3) ? Pools.javaName(r) : null,
        Pools.chance(r, 0.2) ? "old_enum" : null);
  }

  private CompositeType composite(String schema, Names2 names, TypeGen types) {
    String name = names.relation(schema, "ty");
    List<Attribute> attrs = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      TypeRef t = types.any();
      String coll = t.schema() == null && t.name().equals("text") && r.nextBoolean() ? "C" : null;
      String doc = Pools.chance(r, 0.2) ? Pools.comment(r) : null;
      if (doc != null) {
        f.add("comment on composite field");
      }
      attrs.add(new Attribute(Pools.name(r, "f", used), t, coll, doc));
    }
    types.userTypes.add(QualifiedName.of(schema, name));
    f.add("composite type");
    return new CompositeType(
        QualifiedName.of(schema, name),
        attrs,
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        Pools.chance(r, 0.3) ? Pools.javaName(r) : null,
        Pools.chance(r, 0.2) ? "old_type" : null);
  }

  private Domain domain(String schema, Names2 names, TypeGen types) {
    String name = names.relation(schema, "d");
    TypeRef base = types.builtin();
    List<CheckConstraint> checks = new ArrayList<>();
    Set<String> used = names.used(schema);
    String defaultName = Names.make(name, null, "check");
    for (int i = r.nextInt(3); i > 0; i--) {
      String n = r.nextBoolean() && used.add(defaultName) ? defaultName : Pools.name(r, "dc", used);
      String doc = Pools.chance(r, 0.3) ? Pools.comment(r) : null;
      if (doc != null) {
        f.add("comment on domain check");
      }
      checks.add(new CheckConstraint(n, Pools.pick(r, Pools.EXPRESSIONS), false, doc, null));
      f.add("domain check");
    }
    types.userTypes.add(QualifiedName.of(schema, name));
    f.add("domain");
    return new Domain(
        QualifiedName.of(schema, name),
        base,
        r.nextBoolean(),
        r.nextBoolean() ? null : Pools.pick(r, Pools.EXPRESSIONS),
        base.name().equals("text") && r.nextBoolean() ? "C" : null,
        checks,
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        Pools.chance(r, 0.2) ? "old_domain" : null);
  }

  private Sequence sequence(String schema, Names2 names, TableGen tables, List<TB> models) {
    String name = names.relation(schema, "seq");
    String ownedBy = null;
    for (TB t : models) {
      if (t.name.schema().equals(schema) && !t.columns.isEmpty() && r.nextBoolean()) {
        ownedBy = t.name.name() + "." + t.columns.get(0).name();
        f.add("sequence owned by");
      }
    }
    f.add("sequence");
    return new Sequence(
        QualifiedName.of(schema, name),
        r.nextBoolean()
            ? null
            : TypeRef.builtin(Pools.pick(r, List.of("smallint", "integer", "bigint"))),
        tables.sequenceOptions(),
        ownedBy,
        Pools.chance(r, 0.3) ? Pools.comment(r) : null,
        Pools.chance(r, 0.2) ? "old_seq" : null);
  }
}
