package io.pgorm.schema.gen;

import io.pgorm.schema.Identifiers;
import io.pgorm.schema.internal.lower.Names;
import io.pgorm.schema.ir.ChangeOperation;
import io.pgorm.schema.ir.ChangeStream;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.Deferrability;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.ForeignKeyAction;
import io.pgorm.schema.ir.ForeignKeyMatch;
import io.pgorm.schema.ir.Identity;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.NullsOrder;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PolicyCommand;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Relation;
import io.pgorm.schema.ir.RelationKind;
import io.pgorm.schema.ir.RowSecurity;
import io.pgorm.schema.ir.SequenceOptions;
import io.pgorm.schema.ir.SortOrder;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Random models: columns, constraints, indexes, security, relations. */
final class TableGen {

  private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

  private final Random r;
  private final Features f;
  private final TypeGen types;
  private final Names2 names;
  private final List<String> roles;
  final List<TB> tables = new ArrayList<>();

  TableGen(Random r, Features f, TypeGen types, Names2 names, List<String> roles) {
    this.r = r;
    this.f = f;
    this.types = types;
    this.names = names;
    this.roles = roles;
  }

  TB model(String schema) {
    TB t = new TB(QualifiedName.of(schema, names.relation(schema, "t")));
    f.add("model");
    int n = 2 + r.nextInt(5);
    for (int i = 0; i < n; i++) {
      t.columns.add(column(t));
    }
    if (Pools.chance(r, 0.7)) {
      primaryKey(t);
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      unique(t);
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      check(t);
    }
    if (Pools.chance(r, 0.3)) {
      exclusion(t);
    }
    for (int i = r.nextInt(4); i > 0; i--) {
      t.indexes.add(index(t.name, t.columns));
    }
    security(t);
    if (t.pk != null && Pools.chance(r, 0.25)) {
      List<ChangeOperation> ops = new ArrayList<>(List.of(ChangeOperation.values()));
      java.util.Collections.shuffle(ops, r);
      t.changeStream = new ChangeStream(ops.subList(0, 1 + r.nextInt(3)));
      f.add("@@notify");
    }
    if (Pools.chance(r, 0.1)) {
      t.unlogged = true;
      f.add("@@unlogged");
    }
    if (Pools.chance(r, 0.15)) {
      t.storage.put("fillfactor", String.valueOf(10 + r.nextInt(91)));
      if (r.nextBoolean()) {
        t.storage.put("autovacuum_enabled", Pools.pick(r, List.of("false", "off", "true")));
      }
      if (r.nextBoolean()) {
        t.storage.put("autovacuum_vacuum_scale_factor", "0.05");
      }
      if (r.nextInt(3) == 0) {
        t.storage.put("toast.autovacuum_enabled", "false");
        f.add("toast storage parameters");
      }
      f.add("table storage parameters");
    }
    tableHints(t);
    tables.add(t);
    return t;
  }

  void tableHints(TB t) {
    if (Pools.chance(r, 0.3)) {
      t.comment = Pools.comment(r);
      f.add("comment on model");
    }
    if (Pools.chance(r, 0.2)) {
      t.javaName = Pools.javaName(r);
      f.add("@@java");
    }
    if (Pools.chance(r, 0.2)) {
      t.renamedFrom = "old_" + t.name.name().hashCode();
      f.add("@@renamedFrom on model");
    }
  }

  Column column(TB t) {
    String name = names.field(t, "c");
    TypeRef type = types.any();
    boolean nullable = r.nextBoolean();
    String dflt = null;
    Identity identity = null;
    String generated = null;
    boolean serial = false;
    boolean integer =
        type.schema() == null && INTEGERS.contains(type.name()) && type.arrayDimensions() == 0;
    int kind = r.nextInt(10);
    if (integer && kind == 0) {
      identity = new Identity(r.nextBoolean(), sequenceOptions());
      nullable = false;
      f.add("@identity");
    } else if (integer && kind == 1) {
      serial = true;
      nullable = false;
      f.add("serial");
    } else if (kind == 2) {
      generated = Pools.pick(r, Pools.EXPRESSIONS);
      f.add("@generated");
    } else if (kind < 6 && type.schema() == null) {
      dflt = Pools.pick(r, Pools.EXPRESSIONS);
      f.add("@default");
    }
    String collation = null;
    if (type.schema() == null
        && Set.of("text", "varchar", "char").contains(type.name())
        && Pools.chance(r, 0.3)) {
      collation = Pools.pick(r, List.of("C", "en-US-x-icu", "pg_catalog.C", "und"));
      f.add("@collate");
    }
    String comment = Pools.chance(r, 0.2) ? Pools.comment(r) : null;
    if (comment != null) {
      f.add("comment on column");
    }
    String javaName = Pools.chance(r, 0.1) ? Pools.javaName(r) : null;
    String renamed = Pools.chance(r, 0.1) ? "was_" + name.hashCode() : null;
    if (renamed != null) {
      f.add("@renamedFrom on column");
    }
    if (nullable) {
      f.add("nullable column");
    }
    return new Column(
        name, type, nullable, dflt, identity, generated, serial, collation, comment, javaName,
        renamed);
  }

  SequenceOptions sequenceOptions() {
    return new SequenceOptions(
        r.nextBoolean() ? null : (long) r.nextInt(1000),
        r.nextBoolean() ? null : (long) (1 + r.nextInt(5)) * (r.nextBoolean() ? 1 : -1),
        r.nextBoolean() ? null : -(long) r.nextInt(1000),
        r.nextBoolean() ? null : Long.MAX_VALUE - r.nextInt(10),
        r.nextBoolean() ? null : (long) (1 + r.nextInt(50)),
        r.nextInt(4) == 0);
  }

  private void notNull(TB t, String col) {
    for (int i = 0; i < t.columns.size(); i++) {
      Column c = t.columns.get(i);
      if (c.name().equals(col) && c.nullable()) {
        t.columns.set(
            i,
            new Column(
                c.name(),
                c.type(),
                false,
                c.defaultExpression(),
                c.identity(),
                c.generatedExpression(),
                c.serial(),
                c.collation(),
                c.comment(),
                c.javaName(),
                c.renamedFrom()));
      }
    }
  }

  private List<String> someColumns(List<Column> columns, int max) {
    List<String> all = new ArrayList<>();
    columns.forEach(c -> all.add(c.name()));
    java.util.Collections.shuffle(all, r);
    return new ArrayList<>(all.subList(0, Math.min(all.size(), 1 + r.nextInt(max))));
  }

  void primaryKey(TB t) {
    List<String> cols = someColumns(t.columns, 2);
    cols.forEach(c -> notNull(t, c));
    String schema = t.name.schema();
    List<String> include = Pools.chance(r, 0.1) ? someColumns(t.columns, 1) : List.of();
    t.pk =
        new PrimaryKey(
            names.constraint(schema, t.name.name(), null, "pkey"),
            cols,
            include,
            Pools.chance(r, 0.2) ? Pools.comment(r) : null,
            Pools.chance(r, 0.1) ? "old_pk" : null,
            Pools.chance(r, 0.1) ? Deferrability.INITIALLY_DEFERRED : Deferrability.NOT_DEFERRABLE);
    f.add(cols.size() > 1 ? "composite primary key" : "primary key");
  }

  void unique(TB t) {
    List<String> cols = someColumns(t.columns, 2);
    if (t.unique(cols)) {
      return;
    }
    String schema = t.name.schema();
    boolean nnd = r.nextBoolean();
    t.uniques.add(
        new UniqueConstraint(
            names.constraint(schema, t.name.name(), Names.columnsPart(cols), "key"),
            cols,
            nnd,
            Pools.chance(r, 0.1) ? someColumns(t.columns, 1) : List.of(),
            deferrability(),
            Pools.chance(r, 0.2) ? Pools.comment(r) : null,
            Pools.chance(r, 0.1) ? "old_key" : null));
    f.add(nnd ? "unique nulls not distinct" : "unique");
  }

  private Deferrability deferrability() {
    return Pools.pick(
        r,
        List.of(
            Deferrability.NOT_DEFERRABLE,
            Deferrability.NOT_DEFERRABLE,
            Deferrability.INITIALLY_IMMEDIATE,
            Deferrability.INITIALLY_DEFERRED));
  }

  void check(TB t) {
    String schema = t.name.schema();
    String column = r.nextBoolean() ? Pools.pick(r, t.columns).name() : null;
    String name = names.constraint(schema, t.name.name(), column, "check");
    t.checks.add(
        new CheckConstraint(
            name,
            Pools.pick(r, Pools.EXPRESSIONS),
            Pools.chance(r, 0.1),
            Pools.chance(r, 0.2) ? Pools.comment(r) : null,
            Pools.chance(r, 0.1) ? "old_check" : null));
    f.add("check");
  }

  void exclusion(TB t) {
    List<ExclusionElement> elements = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int i = 1 + r.nextInt(2); i > 0; i--) {
      String expr;
      if (r.nextBoolean()) {
        String c = Pools.pick(r, t.columns).name();
        expr = Identifiers.quote(c);
        parts.add(c);
      } else {
        String e = Pools.pick(r, Pools.EXPRESSIONS);
        expr = io.pgorm.schema.internal.lower.Sql.element(e);
        parts.add(Names.expressionName(e));
      }
      elements.add(
          new ExclusionElement(
              expr,
              r.nextBoolean() ? null : "range_ops",
              Pools.pick(r, List.of("=", "&&", "<>", "-|-", "<@"))));
    }
    String schema = t.name.schema();
    t.exclusions.add(
        new ExclusionConstraint(
            names.constraint(schema, t.name.name(), Names.columnsPart(parts), "excl"),
            Pools.pick(r, List.of("gist", "gist", "spgist")),
            elements,
            Pools.chance(r, 0.2) ? someColumns(t.columns, 1) : List.of(),
            r.nextBoolean() ? null : Pools.pick(r, Pools.EXPRESSIONS),
            deferrability(),
            Pools.chance(r, 0.2) ? Pools.comment(r) : null,
            Pools.chance(r, 0.1) ? "old_excl" : null));
    f.add("exclusion constraint");
  }

  Index index(QualifiedName table, List<Column> columns) {
    List<IndexElement> elements = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      boolean expr = columns.isEmpty() || r.nextInt(3) == 0;
      String column = expr ? null : Pools.pick(r, columns).name();
      String expression = expr ? Pools.pick(r, Pools.EXPRESSIONS) : null;
      parts.add(expr ? Names.expressionName(expression) : column);
      Map<String, String> params = new LinkedHashMap<>();
      String opclass = null;
      if (Pools.chance(r, 0.3)) {
        opclass = Pools.pick(r, List.of("text_pattern_ops", "gist_trgm_ops", "public.my_ops"));
        if (r.nextBoolean()) {
          params.put("siglen", String.valueOf(1 + r.nextInt(100)));
        }
        f.add("index opclass");
      }
      elements.add(
          new IndexElement(
              column,
              expression,
              Pools.chance(r, 0.2) ? "C" : null,
              opclass,
              params,
              r.nextBoolean() ? SortOrder.ASC : SortOrder.DESC,
              Pools.pick(r, List.of(NullsOrder.DEFAULT, NullsOrder.FIRST, NullsOrder.LAST))));
      if (expr) {
        f.add("index expression");
      }
    }
    boolean unique = Pools.chance(r, 0.3);
    String method =
        Pools.pick(
            r,
            List.of("btree", "btree", "hash", "gist", "spgist", "gin", "brin", "hnsw", "ivfflat"));
    f.add("index using " + method);
    Map<String, String> storage = new LinkedHashMap<>();
    if (Pools.chance(r, 0.3)) {
      storage.put("fillfactor", String.valueOf(10 + r.nextInt(90)));
      if (r.nextBoolean()) {
        storage.put("fastupdate", "off");
      }
      if (r.nextBoolean()) {
        storage.put("weird key", "a b");
      }
      f.add("index storage parameters");
    }
    String where = r.nextBoolean() ? null : Pools.pick(r, Pools.EXPRESSIONS);
    if (where != null) {
      f.add("partial index");
    }
    List<String> include =
        Pools.chance(r, 0.2) && !columns.isEmpty()
            ? List.of(Pools.pick(r, columns).name())
            : List.of();
    if (!include.isEmpty()) {
      f.add("index include");
    }
    return new Index(
        names.constraint(table.schema(), table.name(), Names.columnsPart(parts), "idx"),
        method,
        unique,
        unique && r.nextBoolean(),
        elements,
        include,
        where,
        storage,
        Pools.chance(r, 0.2) ? Pools.comment(r) : null,
        Pools.chance(r, 0.1) ? "old_idx" : null);
  }

  private void security(TB t) {
    if (!Pools.chance(r, 0.3)) {
      return;
    }
    if (r.nextInt(5) == 0) {
      t.rls = new RowSecurity(false, r.nextBoolean());
      f.add("@@rls(enabled: false)");
    } else {
      t.rls = new RowSecurity(true, r.nextBoolean());
      f.add("@@rls");
    }
    Set<String> used = new HashSet<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      PolicyCommand cmd = Pools.pick(r, List.of(PolicyCommand.values()));
      List<String> to = new ArrayList<>();
      if (!roles.isEmpty() && r.nextBoolean()) {
        to.add(Pools.pick(r, roles));
        if (roles.size() > 1 && r.nextBoolean() && !to.contains(roles.get(0))) {
          to.add(roles.get(0));
        }
      }
      String using =
          cmd == PolicyCommand.INSERT || r.nextInt(4) == 0
              ? null
              : Pools.pick(r, Pools.EXPRESSIONS);
      String check =
          cmd == PolicyCommand.SELECT || cmd == PolicyCommand.DELETE || r.nextInt(4) == 0
              ? null
              : Pools.pick(r, Pools.EXPRESSIONS);
      t.policies.add(
          new Policy(
              Pools.name(r, "p", used),
              cmd,
              r.nextBoolean(),
              to,
              using,
              check,
              Pools.chance(r, 0.2) ? Pools.comment(r) : null));
      f.add("policy " + cmd.name().toLowerCase(java.util.Locale.ROOT));
    }
  }

  /** A foreign key from {@code from} to {@code to} (its primary key), with relations maybe. */
  void foreignKey(TB from, TB to) {
    if (to.pk == null || to.pk.columns().isEmpty()) {
      return;
    }
    boolean nullable = r.nextBoolean();
    List<String> cols = new ArrayList<>();
    for (String ref : to.pk.columns()) {
      Column target = to.column(ref);
      String name = names.field(from, "fk");
      from.columns.add(
          new Column(
              name, target.type(), nullable, null, null, null, false, null, null, null, null));
      cols.add(name);
    }
    if (Pools.chance(r, 0.2)) {
      from.uniques.add(
          new UniqueConstraint(
              names.constraint(
                  from.name.schema(), from.name.name(), Names.columnsPart(cols), "key"),
              cols,
              false,
              List.of(),
              Deferrability.NOT_DEFERRABLE,
              null,
              null));
    }
    String schema = from.name.schema();
    ForeignKeyAction onDelete = action();
    List<String> setColumns = List.of();
    if ((onDelete == ForeignKeyAction.SET_NULL || onDelete == ForeignKeyAction.SET_DEFAULT)
        && Pools.chance(r, 0.5)) {
      setColumns = cols.subList(0, 1 + r.nextInt(cols.size()));
      f.add("on delete set (columns)");
    }
    ForeignKey fk =
        new ForeignKey(
            names.constraint(schema, from.name.name(), Names.columnsPart(cols), "fkey"),
            cols,
            to.name,
            to.pk.columns(),
            onDelete,
            action(),
            r.nextInt(5) == 0 ? ForeignKeyMatch.FULL : ForeignKeyMatch.SIMPLE,
            deferrability(),
            Pools.chance(r, 0.2) ? Pools.comment(r) : null,
            Pools.chance(r, 0.1) ? "old_fk" : null,
            setColumns);
    from.fks.add(fk);
    f.add(from == to ? "self foreign key" : "foreign key");
    if (Pools.chance(r, 0.6)) {
      boolean oneToOne = from.unique(cols);
      from.relations.add(
          new Relation(
              names.field(from, "rel"),
              oneToOne ? RelationKind.ONE_TO_ONE : RelationKind.MANY_TO_ONE,
              to.name,
              cols,
              to.pk.columns(),
              null));
      f.add(oneToOne ? "relation 1:1 owning" : "relation N:1");
      if (Pools.chance(r, 0.6)) {
        boolean inverseOne = oneToOne && r.nextBoolean();
        to.relations.add(
            new Relation(
                names.field(to, "inv"),
                inverseOne ? RelationKind.ONE_TO_ONE : RelationKind.ONE_TO_MANY,
                from.name,
                cols,
                to.pk.columns(),
                null));
        f.add(inverseOne ? "relation 1:1 inverse" : "relation 1:N");
      }
    }
  }

  private ForeignKeyAction action() {
    return Pools.pick(r, List.of(ForeignKeyAction.values()));
  }

  /** A join model with a key to each side, and the many-to-many relations through it. */
  void manyToMany(TB a, TB b) {
    if (a.pk == null || b.pk == null || a == b) {
      return;
    }
    String schema = a.name.schema();
    TB join = new TB(QualifiedName.of(schema, names.relation(schema, "j")));
    tables.add(join);
    foreignKeyPlain(join, a);
    foreignKeyPlain(join, b);
    List<String> pk = new ArrayList<>();
    join.columns.forEach(c -> pk.add(c.name()));
    join.pk =
        new PrimaryKey(
            names.constraint(schema, join.name.name(), null, "pkey"), pk, List.of(), null, null);
    a.relations.add(
        new Relation(
            names.field(a, "mm"),
            RelationKind.MANY_TO_MANY,
            b.name,
            List.of(),
            List.of(),
            join.name));
    b.relations.add(
        new Relation(
            names.field(b, "mm"),
            RelationKind.MANY_TO_MANY,
            a.name,
            List.of(),
            List.of(),
            join.name));
    f.add("relation M:N");
  }

  private void foreignKeyPlain(TB from, TB to) {
    List<String> cols = new ArrayList<>();
    for (String ref : to.pk.columns()) {
      String name = names.field(from, "k");
      from.columns.add(
          new Column(
              name, to.column(ref).type(), false, null, null, null, false, null, null, null, null));
      cols.add(name);
    }
    from.fks.add(
        new ForeignKey(
            names.constraint(from.name.schema(), from.name.name(), Names.columnsPart(cols), "fkey"),
            cols,
            to.name,
            to.pk.columns(),
            ForeignKeyAction.CASCADE,
            ForeignKeyAction.NO_ACTION,
            ForeignKeyMatch.SIMPLE,
            Deferrability.NOT_DEFERRABLE,
            null,
            null,
            java.util.List.of()));
  }
}
