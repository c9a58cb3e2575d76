package io.pgorm.migrate.internal.diff;

import io.pgorm.migrate.internal.diff.Key.Kind;
import io.pgorm.schema.ir.Attribute;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.Column;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.ExclusionElement;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.IndexElement;
import io.pgorm.schema.ir.PartitionOf;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.RoutineReturn;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.TypeRef;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What each object of a model depends on: from the structure (a column's type, a trigger's
 * function, a foreign key's referenced table and key, a partition's parent, a grant's object) and
 * from the names that SQL text mentions (view queries, SQL routine bodies, expressions). Keys can
 * be mapped (a source's keys to their names after renames).
 */
public final class Dependencies {

  private static final Pattern REGCLASS = Pattern.compile("'((?:[^']|'')+)'::regclass");

  private final ModelIndex index;
  private final Map<String, List<Key>> byName = new HashMap<>();
  private final List<Key> extensions = new ArrayList<>();
  private final Map<Key, Set<Key>> deps = new HashMap<>();
  private final Map<Key, Set<Key>> dependants = new HashMap<>();
  private final Map<Key, Set<String>> tokens = new HashMap<>();

  private Dependencies(ModelIndex index, UnaryOperator<Key> map) {
    this.index = index;
    for (Obj o : index.objects()) {
      Key k = o.key();
      switch (k.kind()) {
        case RELATION, TYPE, SEQUENCE, ROUTINE ->
            byName.computeIfAbsent(k.name(), n -> new ArrayList<>()).add(k);
        case EXTENSION -> extensions.add(k);
        default -> {}
      }
    }
    for (Obj o : index.objects()) {
      Set<Key> out = new LinkedHashSet<>();
      Set<String> words = new HashSet<>();
      collect(o, out, words);
      out.remove(o.key());
      Key self = map.apply(o.key());
      Set<Key> mapped = new LinkedHashSet<>();
      out.forEach(d -> mapped.add(map.apply(d)));
      deps.put(self, mapped);
      tokens.put(self, words);
      mapped.forEach(d -> dependants.computeIfAbsent(d, x -> new LinkedHashSet<>()).add(self));
    }
  }

  /** The dependencies of {@code index}'s objects, under their own keys. */
  public static Dependencies of(ModelIndex index) {
    return new Dependencies(index, UnaryOperator.identity());
  }

  /** The dependencies of {@code index}'s objects, every key mapped (e.g. through renames). */
  public static Dependencies of(ModelIndex index, UnaryOperator<Key> map) {
    return new Dependencies(index, map);
  }

  /** What {@code key} depends on. */
  public Set<Key> of(Key key) {
    return deps.getOrDefault(key, Set.of());
  }

  /** What depends on {@code key}. */
  public Set<Key> dependants(Key key) {
    return dependants.getOrDefault(key, Set.of());
  }

  /** The identifiers the object's SQL text mentions (queries, bodies, expressions). */
  public Set<String> tokens(Key key) {
    return tokens.getOrDefault(key, Set.of());
  }

  private void collect(Obj o, Set<Key> out, Set<String> words) {
    Key k = o.key();
    Key parent = o.parent();
    if (parent != null) {
      out.add(parent);
    }
    if (!k.schema().isEmpty()) {
      Key schema = Key.of(Kind.SCHEMA, "", k.schema());
      if (index.contains(schema)) {
        out.add(schema);
      }
    }
    Object v = o.value();
    switch (k.kind()) {
      case EXTENSION -> {
        String s = ((Extension) v).schema();
        if (s != null && index.contains(Key.of(Kind.SCHEMA, "", s))) {
          out.add(Key.of(Kind.SCHEMA, "", s));
        }
      }
      case TYPE -> {
        out.addAll(extensions);
        if (v instanceof CompositeType c) {
          c.attributes().forEach(a -> type(a.type(), out));
        } else if (v instanceof Domain d) {
          type(d.baseType(), out);
          text(d.defaultExpression(), out, words);
          d.checks().forEach(c -> text(c.expression(), out, words));
        }
      }
      case SEQUENCE_OWNER -> {
        Sequence s = (Sequence) v;
        out.add(Key.of(Kind.SEQUENCE, k.schema(), k.name()));
        String owner = s.ownedBy();
        if (owner != null && owner.indexOf('.') > 0) {
          out.add(
              ModelIndex.relation(
                  QualifiedName.of(k.schema(), owner.substring(0, owner.indexOf('.')))));
        }
      }
      case ROUTINE -> routine((Routine) v, out, words);
      case RELATION -> relation(v, out, words);
      case CONSTRAINT -> constraint(k, v, out, words);
      case INDEX -> {
        out.addAll(extensions);
        Index i = (Index) v;
        for (IndexElement e : i.elements()) {
          text(e.expression(), out, words);
          String c = e.column();
          if (c != null) {
            words.add(c);
          }
        }
        words.addAll(i.include());
        text(i.where(), out, words);
      }
      case TRIGGER -> {
        Trigger t = (Trigger) v;
        out.add(new Key(Kind.ROUTINE, t.function().schema(), t.function().name(), ""));
        if (t.referencedTable() != null) {
          out.add(ModelIndex.relation(t.referencedTable()));
        }
        text(t.when(), out, words);
        words.addAll(t.updateOf());
      }
      case POLICY -> {
        Policy p = (Policy) v;
        text(p.using(), out, words);
        text(p.withCheck(), out, words);
        p.roles().forEach(r -> role(r, out));
      }
      case GRANT -> grant((List<?>) v, out);
      default -> {}
    }
  }

  private void relation(Object v, Set<Key> out, Set<String> words) {
    out.addAll(extensions);
    if (v instanceof View view) {
      text(view.query(), out, words);
      return;
    }
    Table t = (Table) v;
    for (Column c : t.columns()) {
      type(c.type(), out);
      text(c.defaultExpression(), out, words);
      text(c.generatedExpression(), out, words);
    }
    PartitionOf of = t.partitionOf();
    if (of != null) {
      out.add(ModelIndex.relation(of.parent()));
    }
  }

  private void constraint(Key k, Object v, Set<Key> out, Set<String> words) {
    if (v instanceof CheckConstraint c) {
      text(c.expression(), out, words);
    } else if (v instanceof ExclusionConstraint x) {
      out.addAll(extensions);
      for (ExclusionElement e : x.elements()) {
        text(e.expression(), out, words);
      }
      text(x.where(), out, words);
    } else if (v instanceof ForeignKey f) {
      Key ref = ModelIndex.relation(f.referencedTable());
      out.add(ref);
      words.addAll(f.columns());
      Object table = index.value(ref);
      if (table instanceof Table t) {
        Key key = referencedKey(t, f.referencedColumns());
        if (key != null && !key.equals(k)) {
          out.add(key);
        }
      }
    } else if (v instanceof PrimaryKey p) {
      words.addAll(p.columns());
    } else if (v instanceof UniqueConstraint u) {
      words.addAll(u.columns());
    }
  }

  /** The primary key, unique constraint or unique index of {@code t} on exactly those columns. */
  static @Nullable Key referencedKey(Table t, List<String> columns) {
    Set<String> cols = new HashSet<>(columns);
    PrimaryKey pk = t.primaryKey();
    if (pk != null && (cols.isEmpty() || new HashSet<>(pk.columns()).equals(cols))) {
      return ModelIndex.part(Kind.CONSTRAINT, t.name(), pk.name());
    }
    for (UniqueConstraint u : t.uniques()) {
      if (new HashSet<>(u.columns()).equals(cols)) {
        return ModelIndex.part(Kind.CONSTRAINT, t.name(), u.name());
      }
    }
    for (Index i : t.indexes()) {
      if (i.unique() && i.where() == null) {
        Set<String> keys = new HashSet<>();
        i.elements().forEach(e -> keys.add(e.column()));
        if (keys.equals(cols)) {
          return ModelIndex.index(t.name().schema(), i);
        }
      }
    }
    return null;
  }

  private void routine(Routine r, Set<Key> out, Set<String> words) {
    out.addAll(extensions);
    for (RoutineArg a : r.arguments()) {
      type(a.type(), out);
      text(a.defaultExpression(), out, words);
    }
    RoutineReturn ret = r.returns();
    if (ret != null) {
      TypeRef t = ret.type();
      if (t != null) {
        type(t, out);
      }
      for (Attribute a : ret.table()) {
        type(a.type(), out);
      }
    }
    if (r.language().equals("sql")) {
      text(r.body(), out, words);
    }
  }

  private void grant(List<?> grants, Set<Key> out) {
    Grant g = (Grant) grants.get(0);
    QualifiedName o = g.object();
    switch (g.objectKind()) {
      case "TABLE" -> out.add(ModelIndex.relation(o));
      case "SEQUENCE" -> out.add(Key.of(Kind.SEQUENCE, o.schema(), o.name()));
      case "TYPE", "DOMAIN" -> out.add(ModelIndex.type(o));
      case "SCHEMA" -> out.add(Key.of(Kind.SCHEMA, "", o.name()));
      case "FUNCTION", "PROCEDURE" -> {
        String name = o.name();
        int open = name.indexOf('(');
        String bare = open < 0 ? name : name.substring(0, open);
        for (Key r : byName.getOrDefault(bare, List.of())) {
          if (r.kind() == Kind.ROUTINE && r.schema().equals(o.schema())) {
            out.add(r);
          }
        }
      }
      default -> {}
    }
    role(g.grantee(), out);
  }

  private void role(String role, Set<Key> out) {
    Key k = Key.of(Kind.ROLE, "", role);
    if (index.contains(k)) {
      out.add(k);
    }
  }

  private void type(TypeRef t, Set<Key> out) {
    String schema = t.schema();
    if (schema == null) {
      return;
    }
    QualifiedName n = QualifiedName.of(schema, t.name());
    Key type = ModelIndex.type(n);
    if (index.contains(type)) {
      out.add(type);
    } else if (index.contains(ModelIndex.relation(n))) {
      out.add(ModelIndex.relation(n)); // a table's or view's row type
    }
  }

  private void text(@Nullable String sql, Set<Key> out, Set<String> words) {
    if (sql == null || sql.isEmpty()) {
      return;
    }
    Set<String> toks = Tokens.of(sql);
    words.addAll(toks);
    for (String t : toks) {
      List<Key> keys = byName.get(t);
      if (keys != null) {
        out.addAll(keys);
      }
    }
    if (sql.contains("::regclass")) {
      Matcher m = REGCLASS.matcher(sql);
      while (m.find()) {
        String name = m.group(1).replace("''", "'");
        int dot = name.lastIndexOf('.');
        String bare = dot < 0 ? name : name.substring(dot + 1);
        if (bare.startsWith("\"") && bare.endsWith("\"") && bare.length() > 1) {
          bare = bare.substring(1, bare.length() - 1).replace("\"\"", "\"");
        }
        for (Key k : byName.getOrDefault(bare, List.of())) {
          if (k.kind() == Kind.SEQUENCE) {
            out.add(k);
          }
        }
      }
    }
  }
}
