package io.pgorm.internal.types;

import io.pgorm.types.CompositeAttribute;
import io.pgorm.types.PgType;
import io.pgorm.types.TypeMappingException;
import io.pgorm.types.TypeRegistry.Builder.CompositeMapping;
import io.pgorm.types.TypeRegistry.Builder.DomainMapping;
import io.pgorm.types.TypeRegistry.Builder.EnumMapping;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Checks user enum, composite and domain mappings and turns them into entries. Composites and
 * domains may use each other and enums in any order of registration; a cycle is an error.
 */
final class UserTypes {

  private UserTypes() {}

  static void add(
      List<TypeEntry> all,
      List<EnumMapping> enums,
      List<CompositeMapping> composites,
      List<DomainMapping> domains) {
    Map<String, TypeEntry> known = new HashMap<>();
    for (TypeEntry e : all) {
      known.put(e.name(), e);
      e.type().aliases().forEach(a -> known.put(a, e));
    }
    Map<Class<?>, String> classes = new HashMap<>();
    for (EnumMapping m : enums) {
      String key = qualified(m.pgName(), "enum", m.javaType().getName());
      claim(known, classes, key, m.javaType(), "enum");
      PgType type = user(key, m.javaType(), PgType.Kind.ENUM);
      TypeEntry e =
          new TypeEntry(type, new EnumCodec(key, m.javaType()), ',', Set.of(m.javaType()), true);
      known.put(key, e);
      all.add(e);
    }
    List<Object> pending = new ArrayList<>();
    for (CompositeMapping m : composites) {
      String key = qualified(m.pgName(), "composite", m.javaType().getName());
      claim(known, classes, key, m.javaType(), "composite");
      known.put(key, placeholder(key, m.javaType()));
      pending.add(m);
    }
    for (DomainMapping d : domains) {
      String key = qualified(d.pgName(), "domain", d.baseType());
      if (known.containsKey(key)) {
        throw fail(key, d.baseType(), "the type " + key + " is registered twice", null);
      }
      known.put(key, placeholder(key, Object.class));
      pending.add(d);
    }
    while (!pending.isEmpty()) {
      boolean progress = false;
      for (Object m : List.copyOf(pending)) {
        TypeEntry e =
            m instanceof CompositeMapping c
                ? composite(c, known)
                : domain((DomainMapping) m, known);
        if (e != null) {
          known.put(e.name(), e);
          all.add(e);
          pending.remove(m);
          progress = true;
        }
      }
      if (!progress) {
        Object m = pending.get(0);
        throw m instanceof CompositeMapping c
            ? fail(
                c.pgName(),
                c.javaType().getName(),
                "it contains itself through its attributes",
                null)
            : fail(
                ((DomainMapping) m).pgName(),
                ((DomainMapping) m).baseType(),
                "its base type contains it",
                null);
      }
    }
  }

  /** The entry, or {@code null} while its base type is not built yet. */
  private static @Nullable TypeEntry domain(DomainMapping d, Map<String, TypeEntry> known) {
    String key = TypeName.parse(d.pgName()).key();
    TypeName tn;
    try {
      tn = TypeName.parse(d.baseType());
    } catch (IllegalArgumentException e) {
      throw fail(d.pgName(), d.baseType(), String.valueOf(e.getMessage()), null);
    }
    TypeEntry base = known.get(tn.key());
    if (base == null) {
      throw fail(
          d.pgName(),
          d.baseType(),
          "the base type '" + d.baseType() + "' is unknown",
          "register user types it uses too, by their schema-qualified name");
    }
    if (base.codec() instanceof Placeholder) {
      return null;
    }
    boolean array = tn.dimensions() > 0;
    PgType b = array ? base.type().arrayOf(tn.dimensions()) : base.type();
    PgType type =
        new PgType(
            key,
            List.of(),
            0,
            0,
            b.javaType(),
            PgType.Kind.DOMAIN,
            b.extension(),
            b.bindMode(),
            b,
            0);
    return new TypeEntry(
        type,
        array ? base.arrayCodec() : base.codec(),
        ',',
        array ? Set.of() : base.nativeClasses(),
        !array && base.claimsObject());
  }

  /** The entry, or {@code null} while an attribute's composite type is not built yet. */
  private static @Nullable TypeEntry composite(CompositeMapping m, Map<String, TypeEntry> known) {
    String key = TypeName.parse(m.pgName()).key();
    RecordComponent[] components = m.javaType().getRecordComponents();
    if (components.length != m.attributes().size()) {
      throw fail(
          m.pgName(),
          m.javaType().getName(),
          m.javaType().getSimpleName()
              + " has "
              + components.length
              + " components but "
              + m.attributes().size()
              + " attributes are listed",
          "list one attribute per record component, in the same order");
    }
    List<String> names = new ArrayList<>();
    List<TextCodec> codecs = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      CompositeAttribute a = m.attributes().get(i);
      TypeName tn;
      try {
        tn = TypeName.parse(a.type());
      } catch (IllegalArgumentException e) {
        throw fail(
            m.pgName(),
            m.javaType().getName(),
            "attribute " + a.name() + ": " + e.getMessage(),
            null);
      }
      TypeEntry base = known.get(tn.key());
      if (base == null) {
        throw fail(
            m.pgName(),
            m.javaType().getName(),
            "attribute " + a.name() + " has the unknown type '" + a.type() + "'",
            "register user types it uses too, by their schema-qualified name");
      }
      if (base.codec() instanceof Placeholder) {
        return null;
      }
      Class<?> javaType = tn.dimensions() > 0 ? List.class : base.type().javaType();
      Class<?> component = box(components[i].getType());
      if (!component.isAssignableFrom(javaType)) {
        throw fail(
            m.pgName(),
            m.javaType().getName(),
            "component "
                + components[i].getName()
                + " is "
                + components[i].getType().getSimpleName()
                + " but attribute "
                + a.name()
                + " ("
                + a.type()
                + ") reads as "
                + javaType.getSimpleName(),
            "declare the component as " + javaType.getSimpleName());
      }
      names.add(a.name());
      codecs.add(tn.dimensions() > 0 ? base.arrayCodec() : base.codec());
    }
    CompositeCodec codec;
    try {
      codec = new CompositeCodec(key, m.javaType(), names, codecs);
    } catch (IllegalArgumentException e) {
      throw fail(m.pgName(), m.javaType().getName(), String.valueOf(e.getMessage()), null);
    }
    PgType type = user(key, m.javaType(), PgType.Kind.COMPOSITE);
    return new TypeEntry(type, codec, ',', Set.of(m.javaType()), true);
  }

  private static Class<?> box(Class<?> c) {
    if (!c.isPrimitive()) {
      return c;
    }
    return c == int.class
        ? Integer.class
        : c == long.class
            ? Long.class
            : c == short.class
                ? Short.class
                : c == boolean.class
                    ? Boolean.class
                    : c == double.class
                        ? Double.class
                        : c == float.class
                            ? Float.class
                            : c == byte.class ? Byte.class : Character.class;
  }

  private static PgType user(String key, Class<?> javaType, PgType.Kind kind) {
    return new PgType(key, List.of(), 0, 0, javaType, kind, null, PgType.BindMode.DIRECT, null, 0);
  }

  private static TypeEntry placeholder(String key, Class<?> javaType) {
    return new TypeEntry(
        user(key, javaType, PgType.Kind.COMPOSITE),
        new Placeholder(javaType),
        ',',
        Set.of(),
        false);
  }

  private static String qualified(String name, String kind, String target) {
    TypeName tn;
    try {
      tn = TypeName.parse(name);
    } catch (IllegalArgumentException e) {
      throw fail(name, target, String.valueOf(e.getMessage()), null);
    }
    if (!tn.qualified() || tn.dimensions() > 0 || dotsOutsideQuotes(tn.key()) != 1) {
      throw fail(
          name,
          target,
          "the " + kind + " type name must be schema.name",
          "write e.g. public." + name + ": types of the same name in two schemas would collide");
    }
    return tn.key();
  }

  private static int dotsOutsideQuotes(String key) {
    int dots = 0;
    boolean quoted = false;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      quoted ^= c == '"';
      dots += !quoted && c == '.' ? 1 : 0;
    }
    return dots;
  }

  private static void claim(
      Map<String, TypeEntry> known,
      Map<Class<?>, String> classes,
      String key,
      Class<?> javaType,
      String kind) {
    if (known.containsKey(key)) {
      throw fail(key, javaType.getName(), "the type " + key + " is registered twice", null);
    }
    String other = classes.put(javaType, key);
    if (other != null) {
      throw fail(
          key,
          javaType.getName(),
          javaType.getName() + " is already mapped to " + other,
          "map each Java " + kind + " to one PostgreSQL type");
    }
  }

  private static TypeMappingException fail(
      String name, String target, String why, @Nullable String hint) {
    return new TypeMappingException(
        name, "Cannot register the type " + name + " as " + target, why, hint, null);
  }

  /**
   * Stands for a composite or domain not built yet, so that attribute types resolve in any order.
   */
  private record Placeholder(Class<?> javaType) implements TextCodec {
    @Override
    public Object parse(String text, SessionFormat session) {
      throw new IllegalStateException("not built");
    }

    @Override
    public String format(Object value, SessionFormat session) {
      throw new IllegalStateException("not built");
    }
  }
}
