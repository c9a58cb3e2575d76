package io.pgorm.migrate.internal.diff;

import io.pgorm.migrate.sql.SqlText;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.PartitionBy;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The source model as the database will be right after the renames: objects under their new names,
 * references to them (types of columns, foreign keys, sequence ownership, column lists) updated,
 * and names in table expressions rewritten token by token, as the server would print them. View
 * queries and routine bodies are left as they were: where they differ from the target, the object
 * is replaced, which is always correct.
 */
final class SourceRewriter {

  private final RenameSet r;

  /** Old bare names of renamed types and relations to their new names. */
  private final Map<String, String> globalNames = new HashMap<>();

  /** Renamed sequences as {@code 'name'::regclass} literals, old to new. */
  private final Map<String, String> regclass = new HashMap<>();

  private SourceRewriter(RenameSet r) {
    this.r = r;
    r.types.forEach((o, n) -> globalNames.put(o.name(), n));
    r.relations.forEach((o, n) -> globalNames.put(o.name(), n));
    r.sequences.forEach(
        (o, n) ->
            regclass.put(regclassLiteral(o), regclassLiteral(QualifiedName.of(o.schema(), n))));
  }

  static SchemaModel rewrite(SchemaModel m, RenameSet r) {
    if (r.isEmpty()) {
      return m;
    }
    SourceRewriter w = new SourceRewriter(r);
    return new SchemaModel(
        m.schemas(),
        m.extensions(),
        m.roles(),
        m.enums().stream()
            .map(e -> new EnumType(r.type(e.name()), e.values(), e.comment(), null, null))
            .toList(),
        m.composites().stream()
            .map(
                c ->
                    new CompositeType(
                        r.type(c.name()),
                        c.attributes().stream()
                            .map(
                                a ->
                                    new Attribute(
                                        a.name(), w.type(a.type()), a.collation(), a.comment()))
                            .toList(),
                        c.comment(),
                        null,
                        null))
            .toList(),
        m.domains().stream().map(w::domain).toList(),
        m.sequences().stream().map(w::sequence).toList(),
        m.tables().stream().map(w::table).toList(),
        m.views().stream().map(w::view).toList(),
        m.routines().stream().map(w::routine).toList(),
        m.grants().stream().map(w::grant).toList(),
        m.schemaComments());
  }

  TypeRef type(TypeRef t) {
    String schema = t.schema();
    if (schema == null) {
      return t;
    }
    QualifiedName renamed = r.type(QualifiedName.of(schema, t.name()));
    return new TypeRef(schema, renamed.name(), t.modifiers(), t.arrayDimensions());
  }

  private Domain domain(Domain d) {
    return new Domain(
        r.type(d.name()),
        type(d.baseType()),
        d.notNull(),
        expr(d.defaultExpression(), globalNames),
        d.collation(),
        d.checks().stream()
            .map(
                c ->
                    new CheckConstraint(
                        c.name(),
                        expr(c.expression(), globalNames),
                        c.noInherit(),
                        c.comment(),
                        null))
            .toList(),
        d.comment(),
        null);
  }

  private Sequence sequence(Sequence s) {
    String owner = s.ownedBy();
    if (owner != null) {
      int dot = owner.indexOf('.');
      if (dot > 0) {
        QualifiedName table = QualifiedName.of(s.name().schema(), owner.substring(0, dot));
        owner = r.relation(table).name() + "." + r.column(table, owner.substring(dot + 1));
      }
    }
    return new Sequence(
        QualifiedName.of(s.name().schema(), r.sequence(s.name())),
        s.type(),
        s.options(),
        owner,
        s.comment(),
        null);
  }

  private Table table(Table t) {
    QualifiedName old = t.name();
    Map<String, String> cols = r.columns.getOrDefault(old, Map.of());
    Map<String, String> names = new HashMap<>(globalNames);
    names.putAll(cols);
    PrimaryKey pk = t.primaryKey();
    PartitionBy by = t.partitionBy();
    PartitionOf of = t.partitionOf();
    return new Table(
        r.relation(old),
        t.columns().stream()
            .map(
                c ->
                    new Column(
                        r.column(old, c.name()),
                        type(c.type()),
                        c.nullable(),
                        sequences(expr(c.defaultExpression(), names)),
                        c.identity(),
                        expr(c.generatedExpression(), names),
                        c.serial(),
                        c.collation(),
                        c.comment(),
                        null,
                        null))
            .toList(),
        pk == null
            ? null
            : new PrimaryKey(
                r.constraint(old, pk.name()),
                columns(old, pk.columns()),
                columns(old, pk.include()),
                pk.comment(),
                null,
                pk.deferrability()),
        t.uniques().stream()
            .map(
                u ->
                    new UniqueConstraint(
                        r.constraint(old, u.name()),
                        columns(old, u.columns()),
                        u.nullsNotDistinct(),
                        columns(old, u.include()),
                        u.deferrability(),
                        u.comment(),
                        null))
            .toList(),
        t.checks().stream()
            .map(
                c ->
                    new CheckConstraint(
                        r.constraint(old, c.name()),
                        expr(c.expression(), names),
                        c.noInherit(),
                        c.comment(),
                        null))
            .toList(),
        t.foreignKeys().stream().map(f -> foreignKey(old, f)).toList(),
        t.exclusions().stream()
            .map(
                x ->
                    new ExclusionConstraint(
                        r.constraint(old, x.name()),
                        x.method(),
                        x.elements().stream()
                            .map(
                                e ->
                                    new ExclusionElement(
                                        expr(e.expression(), names), e.opclass(), e.operator()))
                            .toList(),
                        columns(old, x.include()),
                        expr(x.where(), names),
                        x.deferrability(),
                        x.comment(),
                        null))
            .toList(),
        t.indexes().stream().map(i -> index(old, i, names)).toList(),
        t.triggers().stream().map(tr -> trigger(old, tr, names)).toList(),
        t.rowSecurity(),
        t.policies().stream()
            .map(
                p ->
                    new Policy(
                        p.name(),
                        p.command(),
                        p.permissive(),
                        p.roles(),
                        expr(p.using(), names),
                        expr(p.withCheck(), names),
                        p.comment()))
            .toList(),
        by == null
            ? null
            : new PartitionBy(
                by.strategy(),
                by.keys().stream()
                    .map(k -> k.startsWith("(") ? expr(k, names) : r.column(old, k))
                    .toList()),
        of == null ? null : new PartitionOf(r.relation(of.parent()), of.bound()),
        null,
        t.unlogged(),
        List.of(),
        t.changeStream(),
        t.comment(),
        null,
        null,
        t.storageParameters());
  }

  private ForeignKey foreignKey(QualifiedName old, ForeignKey f) {
    QualifiedName ref = f.referencedTable();
    return new ForeignKey(
        r.constraint(old, f.name()),
        columns(old, f.columns()),
        r.relation(ref),
        columns(ref, f.referencedColumns()),
        f.onDelete(),
        f.onUpdate(),
        f.match(),
        f.deferrability(),
        f.comment(),
        null,
        columns(old, f.onDeleteColumns()));
  }

  private Index index(QualifiedName old, Index i, Map<String, String> names) {
    return new Index(
        r.index(old.schema(), i.name()),
        i.method(),
        i.unique(),
        i.nullsNotDistinct(),
        i.elements().stream()
            .map(
                e -> {
                  String column = e.column();
                  return new IndexElement(
                      column == null ? null : r.column(old, column),
                      expr(e.expression(), names),
                      e.collation(),
                      e.opclass(),
                      e.opclassParameters(),
                      e.order(),
                      e.nulls());
                })
            .toList(),
        columns(old, i.include()),
        expr(i.where(), names),
        i.storageParameters(),
        i.comment(),
        null);
  }

  private Trigger trigger(QualifiedName old, Trigger t, Map<String, String> names) {
    return new Trigger(
        t.name(),
        t.timing(),
        t.events(),
        columns(old, t.updateOf()),
        t.level(),
        expr(t.when(), names),
        t.oldTable(),
        t.newTable(),
        t.function(),
        t.arguments(),
        t.constraint(),
        t.deferrability(),
        t.comment(),
        t.referencedTable() == null ? null : r.relation(t.referencedTable()));
  }

  private View view(View v) {
    QualifiedName old = v.name();
    return new View(
        r.relation(old),
        v.query(),
        v.materialized(),
        v.options(),
        v.indexes().stream().map(i -> index(old, i, globalNames)).toList(),
        v.comment(),
        null,
        null,
        v.triggers().stream().map(tr -> trigger(old, tr, globalNames)).toList(),
        v.columns(),
        v.withNoData());
  }

  private Routine routine(Routine x) {
    RoutineReturn ret = x.returns();
    RoutineReturn returns = null;
    if (ret != null) {
      TypeRef t = ret.type();
      returns =
          new RoutineReturn(
              t == null ? null : type(t),
              ret.setOf(),
              ret.table().stream()
                  .map(a -> new Attribute(a.name(), type(a.type()), a.collation()))
                  .toList());
    }
    return new Routine(
        x.name(),
        x.kind(),
        x.arguments().stream()
            .map(a -> new RoutineArg(a.mode(), a.name(), type(a.type()), a.defaultExpression()))
            .toList(),
        returns,
        x.language(),
        x.volatility(),
        x.strict(),
        x.securityDefiner(),
        x.parallel(),
        x.settings(),
        x.body(),
        x.comment(),
        x.leakproof(),
        x.cost(),
        x.rows());
  }

  private Grant grant(Grant g) {
    QualifiedName o = g.object();
    QualifiedName renamed =
        switch (g.objectKind()) {
          case "TABLE" -> r.relation(o);
          case "SEQUENCE" -> QualifiedName.of(o.schema(), r.sequence(o));
          case "TYPE", "DOMAIN" -> r.type(o);
          default -> o;
        };
    return new Grant(g.privileges(), g.objectKind(), renamed, g.grantee(), g.withGrantOption());
  }

  private List<String> columns(QualifiedName oldTable, List<String> names) {
    return names.stream().map(n -> r.column(oldTable, n)).toList();
  }

  private static @Nullable String expr(@Nullable String sql, Map<String, String> names) {
    return sql == null ? null : Tokens.rename(sql, names);
  }

  private @Nullable String sequences(@Nullable String sql) {
    if (sql == null || regclass.isEmpty() || !sql.contains("::regclass")) {
      return sql;
    }
    String out = sql;
    for (Map.Entry<String, String> e : regclass.entrySet()) {
      out = out.replace(e.getKey(), e.getValue());
    }
    return out;
  }

  /** {@code 'name'::regclass} as the server prints it with {@code public} on the path. */
  static String regclassLiteral(QualifiedName sequence) {
    String name =
        sequence.schema().equals("public")
            ? SqlText.quoteIdent(sequence.name())
            : SqlText.quoteIdent(sequence.schema()) + "." + SqlText.quoteIdent(sequence.name());
    return SqlText.literal(name) + "::regclass";
  }
}
