package io.pgorm.schema.internal.print;

import io.pgorm.schema.internal.lower.TypeNames;
import io.pgorm.schema.ir.QualifiedName;
import io.pgorm.schema.ir.SchemaModel;
import io.pgorm.schema.ir.TypeRef;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * References written as short as the language's resolution allows: unqualified when resolving the
 * bare name from the referring declaration's schema (then {@code public}) finds the same object.
 */
final class Refs {

  static final String PUBLIC = "public";

  private final Set<QualifiedName> relations = new HashSet<>();
  private final Set<QualifiedName> types = new HashSet<>();
  private final Set<QualifiedName> routines = new HashSet<>();

  /** Types and relations: a model's name shadows a type's where a field's type is resolved. */
  private final Set<QualifiedName> typeNamespace = new HashSet<>();

  Refs(SchemaModel m) {
    m.tables().forEach(t -> relations.add(t.name()));
    m.views().forEach(v -> relations.add(v.name()));
    m.sequences().forEach(s -> relations.add(s.name()));
    m.enums().forEach(e -> types.add(e.name()));
    m.composites().forEach(c -> types.add(c.name()));
    m.domains().forEach(d -> types.add(d.name()));
    m.routines().forEach(r -> routines.add(r.name()));
    typeNamespace.addAll(types);
    typeNamespace.addAll(relations);
  }

  /** A declaration's own name: bare in public, else qualified. */
  static String decl(QualifiedName n) {
    return n.schema().equals(PUBLIC)
        ? Words.ident(n.name())
        : Words.ident(n.schema()) + "." + Words.ident(n.name());
  }

  String relation(QualifiedName target, String from) {
    return shortest(target, from, relations);
  }

  String typeName(QualifiedName target, String from) {
    return shortest(target, from, types);
  }

  /** A model as the type of a relation field: qualified when its name is a built-in type's. */
  String relationType(QualifiedName target, String from) {
    if (TypeNames.isBuiltinName(target.name())) {
      return Words.ident(target.schema()) + "." + Words.ident(target.name());
    }
    // a type of the same name in the referring schema would win over a model in public
    return shortest(target, from, typeNamespace);
  }

  String routine(QualifiedName target, String from) {
    return shortest(target, from, routines);
  }

  private static String shortest(QualifiedName target, String from, Set<QualifiedName> names) {
    QualifiedName own = QualifiedName.of(from, target.name());
    boolean bare =
        target.schema().equals(from) || target.schema().equals(PUBLIC) && !names.contains(own);
    return bare
        ? Words.ident(target.name())
        : Words.ident(target.schema()) + "." + Words.ident(target.name());
  }

  /** A type as written in a declaration of schema {@code from}. */
  String type(TypeRef t, String from, boolean serial) {
    StringBuilder out = new StringBuilder();
    if (serial) {
      out.append(TypeNames.serialName(t.name()));
      return out.toString();
    }
    if (t.schema() == null) {
      out.append(t.name());
    } else {
      QualifiedName q = QualifiedName.of(t.schema(), t.name());
      boolean builtinName = TypeNames.isBuiltinName(t.name());
      boolean extension = TypeNames.extensionOf(t.name()) != null && !types.contains(q);
      boolean bare;
      if (builtinName) {
        bare = false;
      } else if (extension) {
        bare =
            !typeNamespace.contains(QualifiedName.of(from, t.name()))
                && !typeNamespace.contains(QualifiedName.of(PUBLIC, t.name()));
      } else {
        bare = shortest(q, from, typeNamespace).equals(Words.ident(t.name()));
      }
      out.append(
          bare ? Words.ident(t.name()) : Words.ident(t.schema()) + "." + Words.ident(t.name()));
    }
    List<String> mods = t.modifiers();
    if (t.schema() == null
        && t.name().equals("interval")
        && !mods.isEmpty()
        && !isNumber(mods.get(0))) {
      out.append(' ').append(mods.get(0));
      mods = mods.subList(1, mods.size());
    }
    if (!mods.isEmpty()) {
      out.append('(').append(String.join(", ", mods)).append(')');
    }
    out.append("[]".repeat(t.arrayDimensions()));
    return out.toString();
  }

  private static boolean isNumber(String s) {
    return !s.isEmpty() && s.chars().allMatch(c -> c >= '0' && c <= '9' || c == '-');
  }
}
