package io.pgorm.migrate.internal.diff;

import io.pgorm.migrate.internal.diff.Key.Kind;
import io.pgorm.migrate.sql.SqlText;
import io.pgorm.schema.ir.ArgMode;
import io.pgorm.schema.ir.CheckConstraint;
import io.pgorm.schema.ir.CompositeType;
import io.pgorm.schema.ir.Domain;
import io.pgorm.schema.ir.EnumType;
import io.pgorm.schema.ir.ExclusionConstraint;
import io.pgorm.schema.ir.Extension;
import io.pgorm.schema.ir.ForeignKey;
import io.pgorm.schema.ir.Grant;
import io.pgorm.schema.ir.Index;
import io.pgorm.schema.ir.Policy;
import io.pgorm.schema.ir.PrimaryKey;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.Role;
import io.pgorm.schema.ir.Routine;
import io.pgorm.schema.ir.RoutineArg;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.Sequence;
import io.pgorm.schema.ir.Table;
import io.pgorm.schema.ir.Trigger;
import io.pgorm.schema.ir.UniqueConstraint;
import io.pgorm.schema.ir.View;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Every keyed object of a model, in a fixed order (the model's, kind by kind), so that two models
 * of the same structure list their keys in the same order.
 */
public final class ModelIndex {

  private final SchemaModel model;
  private final Map<Key, Obj> objects = new LinkedHashMap<>();

  public ModelIndex(SchemaModel model) {
    this.model = model;
    model
        .schemas()
        .forEach(
            s ->
                put(
                    Key.of(Kind.SCHEMA, "", s),
                    null,
                    new SchemaObject(s, model.schemaComments().get(s))));
    for (Role r : model.roles()) {
      put(Key.of(Kind.ROLE, "", r.name()), null, r);
    }
    for (Extension e : model.extensions()) {
      put(Key.of(Kind.EXTENSION, "", e.name()), null, e);
    }
    for (EnumType e : model.enums()) {
      put(type(e.name()), null, e);
    }
    for (CompositeType c : model.composites()) {
      put(type(c.name()), null, c);
    }
    for (Domain d : model.domains()) {
      put(type(d.name()), null, d);
    }
    for (Sequence s : model.sequences()) {
      put(Key.of(Kind.SEQUENCE, s.name().schema(), s.name().name()), null, s);
    }
    for (Routine r : model.routines()) {
      put(routine(r), null, r);
    }
    for (Table t : model.tables()) {
      put(relation(t.name()), null, t);
    }
    for (View v : model.views()) {
      put(relation(v.name()), null, v);
    }
    for (Sequence s : model.sequences()) {
      if (s.ownedBy() != null) {
        put(Key.of(Kind.SEQUENCE_OWNER, s.name().schema(), s.name().name()), null, s);
      }
    }
    for (Table t : model.tables()) {
      tableParts(t);
    }
    for (View v : model.views()) {
      Key parent = relation(v.name());
      v.indexes().forEach(i -> put(index(v.name().schema(), i), parent, i));
      v.triggers().forEach(tr -> put(part(Kind.TRIGGER, v.name(), tr.name()), parent, tr));
    }
    Map<Key, List<Grant>> grants = new LinkedHashMap<>();
    for (Grant g : model.grants()) {
      grants.computeIfAbsent(grant(g), k -> new ArrayList<>()).add(g);
    }
    grants.forEach((k, v) -> put(k, null, List.copyOf(v)));
  }

  private void tableParts(Table t) {
    Key parent = relation(t.name());
    PrimaryKey pk = t.primaryKey();
    if (pk != null) {
      put(part(Kind.CONSTRAINT, t.name(), pk.name()), parent, pk);
    }
    for (UniqueConstraint u : t.uniques()) {
      put(part(Kind.CONSTRAINT, t.name(), u.name()), parent, u);
    }
    for (CheckConstraint c : t.checks()) {
      put(part(Kind.CONSTRAINT, t.name(), c.name()), parent, c);
    }
    for (ExclusionConstraint x : t.exclusions()) {
      put(part(Kind.CONSTRAINT, t.name(), x.name()), parent, x);
    }
    for (ForeignKey f : t.foreignKeys()) {
      put(part(Kind.CONSTRAINT, t.name(), f.name()), parent, f);
    }
    for (Index i : t.indexes()) {
      put(index(t.name().schema(), i), parent, i);
    }
    for (Trigger tr : t.triggers()) {
      put(part(Kind.TRIGGER, t.name(), tr.name()), parent, tr);
    }
    for (Policy p : t.policies()) {
      put(part(Kind.POLICY, t.name(), p.name()), parent, p);
    }
  }

  private void put(Key key, @Nullable Key parent, Object value) {
    objects.putIfAbsent(key, new Obj(key, parent, value));
  }

  public SchemaModel model() {
    return model;
  }

  /** The keyed objects, in order. */
  public Collection<Obj> objects() {
    return objects.values();
  }

  public @Nullable Obj get(Key key) {
    return objects.get(key);
  }

  public boolean contains(Key key) {
    return objects.containsKey(key);
  }

  /** The object's value, or {@code null} when there is no object of that key. */
  public @Nullable Object value(Key key) {
    Obj o = objects.get(key);
    return o == null ? null : o.value();
  }

  public static Key relation(QualifiedName name) {
    return Key.of(Kind.RELATION, name.schema(), name.name());
  }

  public static Key type(QualifiedName name) {
    return Key.of(Kind.TYPE, name.schema(), name.name());
  }

  public static Key part(Kind kind, QualifiedName relation, String name) {
    return new Key(kind, relation.schema(), relation.name(), name);
  }

  public static Key index(String schema, Index index) {
    return Key.of(Kind.INDEX, schema, index.name());
  }

  /** A routine's key: its name and the types of its IN, INOUT and VARIADIC arguments. */
  public static Key routine(Routine r) {
    StringJoiner types = new StringJoiner(", ");
    for (RoutineArg a : r.arguments()) {
      if (a.mode() != ArgMode.OUT) {
        types.add(SqlText.typeName(a.type()));
      }
    }
    return new Key(Kind.ROUTINE, r.name().schema(), r.name().name(), types.toString());
  }

  /** The grants of one object to one grantee share a key. */
  public static Key grant(Grant g) {
    return new Key(
        Kind.GRANT, g.object().schema(), g.objectKind() + " " + g.object().name(), g.grantee());
  }
}
